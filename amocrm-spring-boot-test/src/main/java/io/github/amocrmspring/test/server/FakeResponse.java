package io.github.amocrmspring.test.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** An answer of the fake server: status, headers and body. */
final class FakeResponse {

    static final String HAL_JSON = "application/hal+json";

    static final String JSON = "application/json";

    static final String PROBLEM_JSON = "application/problem+json";

    static final String HTML = "text/html; charset=UTF-8";

    private final int status;

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    private final byte[] body;

    private FakeResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
    }

    /** A JSON answer of the REST API, with amoCRM's {@code application/hal+json} content type. */
    static FakeResponse hal(int status, JsonNode body) {
        return json(status, HAL_JSON, body);
    }

    static FakeResponse json(int status, String contentType, JsonNode body) {
        return new FakeResponse(status, contentType, Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer amoCRM gives when a list or a lookup finds nothing: 204 with no body. */
    static FakeResponse noContent() {
        return new FakeResponse(204, null, new byte[0]);
    }

    static FakeResponse html(int status, String html) {
        return new FakeResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static FakeResponse redirect(String location) {
        return new FakeResponse(302, null, new byte[0]).header("Location", location);
    }

    /** A legacy error body, {@code {"response":{"error":…,"error_code":…}}}. */
    static FakeResponse legacyError(int status, String message, String code) {
        return json(status, JSON, Json.legacyError(message, code));
    }

    /** An RFC 7807 problem, as the OAuth endpoints answer, optionally with a {@code hint}. */
    static FakeResponse problem(int status, String title, String detail, String hint) {
        ObjectNode body = Json.object();
        if (hint != null) {
            body.put("hint", hint);
        }
        body.put("title", title);
        body.put("type", "https://developers.amocrm.ru/v3/errors/OAuthProblemJson");
        body.put("status", status);
        body.put("detail", detail);
        return json(status, PROBLEM_JSON, body);
    }

    /** An error page the way the web server in front of amoCRM renders it. */
    static FakeResponse errorPage(int status, String reason) {
        String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return html(status, html);
    }

    FakeResponse header(String name, String value) {
        this.headers.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
        return this;
    }

    int status() {
        return this.status;
    }

    Map<String, List<String>> headers() {
        return this.headers;
    }

    byte[] body() {
        return this.body;
    }
}
