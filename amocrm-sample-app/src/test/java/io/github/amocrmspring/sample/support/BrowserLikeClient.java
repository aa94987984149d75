package io.github.amocrmspring.sample.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/** An HTTP client that keeps cookies like a browser but does not follow redirects, so tests can inspect them. */
public final class BrowserLikeClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Pattern CSRF_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"(_csrf)\" value=\"([^\"]+)\"");

    private final String base;

    public BrowserLikeClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Sends a GET to a path of the application, such as {@code /oauth/callback?code=x}. */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
                .GET()
                .build());
    }

    /** Sends a GET to any address. */
    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    /** Sends a form-encoded POST to any address. */
    public HttpResponse<String> postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Opens a page of the application and submits its form with the given fields, together with the CSRF token the
     * page gave the form, as a browser would.
     */
    public HttpResponse<String> submitForm(URI page, URI action, Map<String, String> fields) {
        HttpResponse<String> response = get(page);
        Matcher token = CSRF_FIELD.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException(page + " has no form with a CSRF token");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(token.group(1), token.group(2));
        return postForm(action, form);
    }

    /** Presses "Connect amoCRM" and returns the address of the authorization page it leads to. */
    public URI connect() {
        HttpResponse<String> response = get("/connect");
        if (response.statusCode() != 302) {
            throw new IllegalStateException("/connect answered " + response.statusCode() + " instead of a redirect");
        }
        return location(response);
    }

    /** Presses "Connect amoCRM" and returns the state the authorization page was given. */
    public String issueState() {
        return queryParameter(connect(), "state");
    }

    /** Returns the address a redirect leads to. */
    public static URI location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    /** Returns one query parameter of an address, decoded. */
    public static String queryParameter(URI uri, String name) {
        String value =
                UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst(name);
        return (value != null) ? URLDecoder.decode(value, StandardCharsets.UTF_8) : null;
    }

    /** Encodes a query parameter value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return this.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException ex) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
    }
}
