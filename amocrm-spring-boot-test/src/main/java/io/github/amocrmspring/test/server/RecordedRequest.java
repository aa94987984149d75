package io.github.amocrmspring.test.server;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One request the fake server received, with the status it answered.
 *
 * @param receivedAt when the request arrived, on the fake server's clock
 * @param method HTTP method, upper-case
 * @param host account host the request was addressed to, such as {@code acme.amocrm.ru}
 * @param path path below the host, such as {@code /api/v2/leads}
 * @param query raw query string, without the {@code ?}, empty when there is none
 * @param headers request headers, names in lower case
 * @param body request body as text, empty when there is none
 * @param status HTTP status answered, or {@link #DROPPED} when the connection was closed without an answer
 */
public record RecordedRequest(
        Instant receivedAt,
        String method,
        String host,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status) {

    /** Status recorded for a request whose connection the fake closed without answering. */
    public static final int DROPPED = -1;

    /** Returns the first value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
        return (values == null || values.isEmpty()) ? null : values.get(0);
    }

    /** Returns the query parameters, bracket keys nested, as the fake reads them. */
    public JsonNode queryParameters() {
        return BracketParameters.parse(this.query);
    }

    /** Returns a query parameter by its top-level name (for example {@code limit_rows}), or {@code null}. */
    public String queryParameter(String name) {
        return Json.asText(queryParameters().get(name));
    }

    /** Returns the body read as JSON, or parsed from form encoding when it is not JSON. */
    public JsonNode bodyAsJson() {
        JsonNode json = Json.parse(this.body);
        return (json != null && json.isContainer()) ? json : BracketParameters.parse(this.body);
    }

    /** Whether the request was sent to this method and path (query ignored). */
    public boolean is(String method, String path) {
        return this.method.equalsIgnoreCase(method) && this.path.equals(path);
    }

    /** Returns the request line as {@code GET acme.amocrm.ru/api/v2/leads?limit_rows=500 -> 200}. */
    @Override
    public String toString() {
        String target = this.host + this.path + (this.query.isEmpty() ? "" : "?" + this.query);
        return this.method + " " + target + " -> " + ((this.status == DROPPED) ? "dropped" : this.status);
    }
}
