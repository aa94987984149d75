package io.github.amocrmspring.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted HTTP server for unit tests of the client: every host is served under a path prefix
 * ({@code /acme.amocrm.ru/api/v2/leads}), each request is recorded, and a handler chosen by the test answers it.
 */
public final class StubAmoServer implements AutoCloseable {

    private final HttpServer server;

    private final List<Recorded> requests = new ArrayList<>();

    private volatile Function<Recorded, Reply> handler = request -> Reply.json(200, "{}");

    public StubAmoServer() {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.server.setExecutor(Executors.newFixedThreadPool(16));
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** Return the base URL template that points every account at this server. */
    public String baseUrl() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/{host}";
    }

    /** Answer every request with the given handler. */
    public void respond(Function<Recorded, Reply> handler) {
        this.handler = handler;
    }

    /** Return the requests received so far. */
    public synchronized List<Recorded> requests() {
        return List.copyOf(this.requests);
    }

    /** Return the requests received so far for a path. */
    public List<Recorded> requests(String path) {
        return requests().stream()
                .filter(request -> request.path().equals(path))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        int slash = rawPath.indexOf('/', 1);
        String host = (slash > 0) ? rawPath.substring(1, slash) : rawPath.substring(1);
        String path = (slash > 0) ? rawPath.substring(slash) : "/";
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        Recorded request = new Recorded(
                exchange.getRequestMethod(),
                host,
                path,
                exchange.getRequestURI().getRawQuery(),
                headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        synchronized (this) {
            this.requests.add(request);
        }
        Reply reply = this.handler.apply(request);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        if (reply.status() < 0) {
            exchange.close();
            return;
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), (body.length == 0) ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    /** A received request. */
    public record Recorded(
            String method, String host, String path, String query, Map<String, String> headers, String body) {

        /** Return a header by lower-case name, or null. */
        public String header(String name) {
            return this.headers.get(name.toLowerCase());
        }
    }

    /** An answer: status (-1 drops the connection), headers, body, delay. */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {

        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/hal+json"), body, 0);
        }

        public static Reply html(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "text/html"), body, 0);
        }

        public static Reply empty(int status) {
            return new Reply(status, Map.of(), "", 0);
        }

        public static Reply dropConnection() {
            return new Reply(-1, Map.of(), "", 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.put(name, value);
            return new Reply(this.status, headers, this.body, this.delayMillis);
        }

        public Reply delayed(long millis) {
            return new Reply(this.status, this.headers, this.body, millis);
        }
    }
}
