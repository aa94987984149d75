package io.github.amocrmspring.test.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request as the endpoints of the fake see it: the account host split off the path, query and body parsed.
 *
 * <p>The body is read as JSON when it is a JSON object or array, and as a bracket-syntax form otherwise, so every
 * endpoint accepts both encodings.
 */
final class FakeRequest {

    private final String method;

    private final String host;

    private final String path;

    private final String rawQuery;

    private final Map<String, List<String>> headers;

    private final String body;

    private ObjectNode query;

    private JsonNode bodyJson;

    FakeRequest(
            String method, String host, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        this.method = method;
        this.host = host;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
    }

    String method() {
        return this.method;
    }

    boolean isGet() {
        return "GET".equals(this.method) || "HEAD".equals(this.method);
    }

    boolean isPost() {
        return "POST".equals(this.method);
    }

    String host() {
        return this.host;
    }

    String path() {
        return this.path;
    }

    String rawQuery() {
        return this.rawQuery;
    }

    /** Returns the path with its query string, as amoCRM writes it in {@code _links.self.href}. */
    String pathWithQuery() {
        return this.rawQuery.isEmpty() ? this.path : this.path + "?" + this.rawQuery;
    }

    ObjectNode query() {
        if (this.query == null) {
            this.query = BracketParameters.parse(this.rawQuery);
        }
        return this.query;
    }

    JsonNode queryParameter(String name) {
        return query().path(name);
    }

    String header(String name) {
        List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
        return (values == null || values.isEmpty()) ? null : values.get(0);
    }

    Map<String, List<String>> headers() {
        return this.headers;
    }

    String body() {
        return this.body;
    }

    /** Returns the body as a JSON tree (an empty object when there is no body). */
    JsonNode bodyJson() {
        if (this.bodyJson == null) {
            JsonNode json = this.body.isBlank() ? null : Json.parse(this.body);
            this.bodyJson = (json != null && json.isContainer()) ? json : BracketParameters.parse(this.body.trim());
        }
        return this.bodyJson;
    }

    /** Returns a value from the body, falling back to the query string. */
    JsonNode parameter(String name) {
        JsonNode value = bodyJson().path(name);
        return value.isMissingNode() ? queryParameter(name) : value;
    }

    Map<String, String> cookies() {
        Map<String, String> cookies = new LinkedHashMap<>();
        List<String> values = this.headers.get("cookie");
        if (values == null) {
            return cookies;
        }
        for (String header : values) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(
                            pair.substring(0, equals).trim(),
                            pair.substring(equals + 1).trim());
                }
            }
        }
        return cookies;
    }
}
