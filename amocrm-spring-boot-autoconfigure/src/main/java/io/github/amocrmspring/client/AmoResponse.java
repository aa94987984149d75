package io.github.amocrmspring.client;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The answer to one request: its status, headers and JSON body.
 *
 * <p>An answer without a body (204, which amoCRM sends when nothing was found) has a {@link MissingNode} body and
 * reports {@link #isEmpty()}.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the JSON body, or a missing node when there was none
 */
public record AmoResponse(int status, HttpHeaders headers, JsonNode body) {

    public AmoResponse {
        headers = HttpHeaders.readOnlyHttpHeaders(headers);
    }

    /** Return whether the answer had no body. */
    public boolean isEmpty() {
        return this.body.isMissingNode();
    }

    /**
     * Return the entities of the answer, {@code _embedded.items}, whether amoCRM sent them as an array or as an
     * object keyed by id; empty when there are none.
     */
    public List<JsonNode> items() {
        return items(this.body);
    }

    /** Return the elements of {@code _embedded.items} of a JSON answer, in order. */
    public static List<JsonNode> items(JsonNode body) {
        JsonNode items = body.path("_embedded").path("items");
        List<JsonNode> result = new ArrayList<>();
        if (items.isArray() || items.isObject()) {
            items.values().forEach(result::add);
        }
        return result;
    }
}
