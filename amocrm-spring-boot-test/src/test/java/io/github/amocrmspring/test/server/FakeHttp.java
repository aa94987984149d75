package io.github.amocrmspring.test.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HttpClient for contract tests of the fake server, addressing hosts through the path prefix. */
final class FakeHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final AmoFakeServer server;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String bearer;

    private String cookie;

    FakeHttp(AmoFakeServer server) {
        this.server = server;
    }

    FakeHttp bearer(String accessToken) {
        this.bearer = accessToken;
        return this;
    }

    FakeHttp cookie(String cookie) {
        this.cookie = cookie;
        return this;
    }

    HttpResponse<String> get(String host, String pathAndQuery, String... headers) {
        return send(request(host, pathAndQuery, headers).GET());
    }

    HttpResponse<String> postJson(String host, String path, String json, String... headers) {
        return send(request(host, path, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postJson(String host, String path, Object body, String... headers) {
        return postJson(host, path, JSON.writeValueAsString(body), headers);
    }

    HttpResponse<String> postForm(String host, String path, String form, String... headers) {
        return send(request(host, path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    HttpRequest.Builder request(String host, String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.server.baseUrl(host) + pathAndQuery))
                .timeout(Duration.ofSeconds(10));
        if (this.bearer != null) {
            request.header("Authorization", "Bearer " + this.bearer);
        }
        if (this.cookie != null) {
            request.header("Cookie", this.cookie);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
