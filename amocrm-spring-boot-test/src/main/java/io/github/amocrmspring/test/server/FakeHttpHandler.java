package io.github.amocrmspring.test.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of every HTTP request: splits the account host off the path, applies the planned faults and the
 * latency, asks the {@link FakeRouter} for the answer, writes it and records the exchange in the journal.
 *
 * <p>A dropped connection is made by closing the exchange before any response header was sent: the JDK server then
 * closes the socket, and the client sees the connection end with no answer at all.
 */
final class FakeHttpHandler implements HttpHandler {

    private static final Logger logger = LoggerFactory.getLogger(FakeHttpHandler.class);

    private final AmoFakeServer server;

    private final FakeRouter router;

    FakeHttpHandler(AmoFakeServer server, FakeRouter router) {
        this.server = server;
        this.router = router;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long arrivedAt = System.nanoTime();
        Instant receivedAt = this.server.clock().instant();
        FakeRequest request = read(exchange);
        Integer planned = this.server.faults().next(request.path());
        pause(this.server.faults().latency());
        if (planned != null && planned == Faults.DROP) {
            record(receivedAt, request, RecordedRequest.DROPPED);
            logger.debug("Dropping the connection of {} {}{}", request.method(), request.host(), request.path());
            exchange.close();
            return;
        }
        FakeResponse response;
        try {
            response = (planned != null) ? forced(planned, request) : this.router.route(request, arrivedAt);
        } catch (RuntimeException ex) {
            logger.warn("Fake amoCRM server failed on {} {}{}", request.method(), request.host(), request.path(), ex);
            response = FakeResponse.errorPage(500, "Internal Server Error");
        }
        record(receivedAt, request, response.status());
        write(exchange, request, response);
    }

    private FakeRequest read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String host = "";
        String path = "/";
        if (rawPath != null && rawPath.length() > 1) {
            int slash = rawPath.indexOf('/', 1);
            host = ((slash < 0) ? rawPath.substring(1) : rawPath.substring(1, slash)).toLowerCase(Locale.ROOT);
            path = (slash < 0) ? "/" : rawPath.substring(slash);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String body;
        try (InputStream input = exchange.getRequestBody()) {
            body = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new FakeRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                host,
                path,
                (rawQuery != null) ? rawQuery : "",
                headers,
                body);
    }

    private FakeResponse forced(int status, FakeRequest request) {
        FakeAccount account = this.server.findAccount(request.host());
        return switch (status) {
            case 401 -> OAuthEndpoints.unauthorized("Forced by the test");
            case 403 -> (account != null) ? FakeRouter.blocked(account) : FakeResponse.errorPage(403, "Forbidden");
            case 429 -> FakeRouter.tooManyRequests();
            case 500 -> FakeResponse.errorPage(500, "Internal Server Error");
            case 502 -> FakeResponse.errorPage(502, "Bad Gateway");
            case 503 -> FakeResponse.errorPage(503, "Service Temporarily Unavailable");
            case 504 -> FakeResponse.errorPage(504, "Gateway Time-out");
            default -> FakeResponse.legacyError(status, "Forced by the test", String.valueOf(status));
        };
    }

    private void record(Instant receivedAt, FakeRequest request, int status) {
        this.server
                .journal()
                .record(new RecordedRequest(
                        receivedAt,
                        request.method(),
                        request.host(),
                        request.path(),
                        request.rawQuery(),
                        request.headers(),
                        request.body(),
                        status));
    }

    private void write(HttpExchange exchange, FakeRequest request, FakeResponse response) throws IOException {
        response.headers()
                .forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        exchange.getResponseHeaders().set("Server", "nginx");
        exchange.getResponseHeaders()
                .set("Runtime-Timestamp", String.valueOf(this.server.clock().epochSecond()));
        byte[] body = response.body();
        boolean empty = body.length == 0 || response.status() == 204 || "HEAD".equals(request.method());
        exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream output = exchange.getResponseBody()) {
                output.write(body);
            }
        }
        exchange.close();
    }

    private static void pause(Duration latency) {
        if (latency.isZero() || latency.isNegative()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
