package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.test.server.AmoFakeServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/**
 * Answers of the fake amoCRM server recorded once and played back in memory, so that the client's own work can be
 * measured without a network or a server in the same process.
 *
 * <p>A GET of leads gets the recorded page of as many leads as its {@code limit_rows} asks for; a POST of leads
 * gets the recorded answer to adding {@value #BATCH_SIZE} leads.
 */
final class CannedAmoHttp {

    static final int BATCH_SIZE = 250;

    private static final int[] PAGE_SIZES = {250, 500};

    private final Map<Integer, byte[]> pagesBySize = new TreeMap<>();

    private byte[] saveAnswer;

    private CannedAmoHttp() {}

    /** Record the answers from a fake server started for the purpose. */
    static CannedAmoHttp record() throws IOException, InterruptedException {
        CannedAmoHttp canned = new CannedAmoHttp();
        try (AmoFakeServer amo =
                AmoFakeServer.builder().requestsPerSecond(0).build().start()) {
            String host = amo.defaultAccount().host();
            amo.defaultAccount().seedLeads(500);
            String token = amo.issueLongLivedToken(host);
            HttpClient http = HttpClient.newHttpClient();
            for (int size : PAGE_SIZES) {
                URI uri = URI.create(amo.baseUrl(host) + "/api/v2/leads?limit_rows=" + size + "&limit_offset=0");
                canned.pagesBySize.put(
                        size, send(http, HttpRequest.newBuilder(uri).GET(), token));
            }
            canned.saveAnswer = send(
                    http,
                    HttpRequest.newBuilder(URI.create(amo.baseUrl(host) + "/api/v2/leads"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(addBody())),
                    token);
        }
        return canned;
    }

    /** Return a request factory builder whose requests get the recorded answers. */
    ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> requestFactoryBuilder() {
        ClientHttpRequestFactory factory = this::request;
        return (settings) -> factory;
    }

    private MockClientHttpRequest request(URI uri, HttpMethod method) {
        MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
        byte[] body = (method == HttpMethod.POST) ? this.saveAnswer : page(uri);
        MockClientHttpResponse response = new MockClientHttpResponse(body, HttpStatus.OK);
        response.getHeaders().setContentType(MediaType.parseMediaType("application/hal+json"));
        request.setResponse(response);
        return request;
    }

    private byte[] page(URI uri) {
        String query = (uri.getRawQuery() != null) ? uri.getRawQuery() : "";
        for (Map.Entry<Integer, byte[]> page : this.pagesBySize.entrySet()) {
            if (query.contains("limit_rows=" + page.getKey())) {
                return page.getValue();
            }
        }
        throw new IllegalArgumentException("No recorded page for " + uri);
    }

    private static byte[] send(HttpClient http, HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The fake answered " + response.statusCode() + " to " + request.build());
        }
        return response.body();
    }

    private static String addBody() {
        StringBuilder body = new StringBuilder("{\"add\":[");
        for (int i = 0; i < BATCH_SIZE; i++) {
            body.append((i > 0) ? "," : "")
                    .append("{\"name\":\"Lead ")
                    .append(i)
                    .append("\",\"request_id\":")
                    .append(i)
                    .append('}');
        }
        return body.append("]}").toString();
    }
}
