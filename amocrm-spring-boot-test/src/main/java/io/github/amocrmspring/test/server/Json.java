package io.github.amocrmspring.test.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON reading and writing for the fake server, with the lenient coercions amoCRM applies to request values.
 *
 * <p>amoCRM accepts ids and timestamps as JSON numbers or as numeric strings ({@code "504141"}), so every read of a
 * number here goes through {@link #asLong(JsonNode)}, which takes both.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException ex) {
            return null;
        }
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Whether the node is a JSON number or a string that holds an integer. */
    static boolean isLong(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isIntegralNumber()) {
            return true;
        }
        if (node.isNumber()) {
            return node.canConvertToLong();
        }
        if (node.isString()) {
            return parseLong(node.stringValue().trim()) != null;
        }
        return false;
    }

    /** Returns the node as a long, coercing numeric strings, or {@code null} when it holds no integer. */
    static Long asLong(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.canConvertToLong() ? node.longValue() : null;
        }
        if (node.isString()) {
            return parseLong(node.stringValue().trim());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1L : 0L;
        }
        return null;
    }

    static long asLong(JsonNode node, long defaultValue) {
        Long value = asLong(node);
        return (value != null) ? value : defaultValue;
    }

    /** Returns a scalar node as text, or {@code null} for a missing, null or container node. */
    static String asText(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        return node.asString();
    }

    /** Reads amoCRM booleans: {@code true}, {@code 1}, {@code "1"}, {@code "true"}, {@code "Y"}, {@code "on"}. */
    static boolean asBoolean(JsonNode node, boolean defaultValue) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return defaultValue;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.longValue() != 0;
        }
        String text = node.asString().trim().toLowerCase();
        return text.equals("1") || text.equals("true") || text.equals("y") || text.equals("on") || text.equals("yes");
    }

    /**
     * Reads a list of ids given as one number, a numeric string, a comma-separated string or an array (or an object
     * whose values are ids, as form bodies may produce).
     */
    static List<Long> asLongList(JsonNode node) {
        List<Long> ids = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return ids;
        }
        if (node.isContainer()) {
            for (JsonNode element : node.values()) {
                ids.addAll(asLongList(element));
            }
            return ids;
        }
        String text = node.asString();
        for (String part : text.split(",")) {
            Long id = parseLong(part.trim());
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Returns the elements of an array, or the values of an object (form bodies turn lists into objects). */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node != null && node.isContainer()) {
            elements.addAll(node.values());
        }
        return elements;
    }

    static ObjectNode selfLink(String href, String method) {
        ObjectNode links = object();
        ObjectNode self = links.putObject("self");
        self.put("href", href);
        self.put("method", method);
        return links;
    }

    static ObjectNode legacyError(String message, String code) {
        ObjectNode body = object();
        ObjectNode response = body.putObject("response");
        response.put("error", message);
        response.put("error_code", code);
        return body;
    }

    static ObjectNode objectOf(Map<String, ?> values) {
        return MAPPER.valueToTree(values);
    }

    static Long parseLong(String text) {
        if (text == null || text.isEmpty() || text.length() > 19) {
            return null;
        }
        int start = (text.charAt(0) == '-') ? 1 : 0;
        if (start == text.length()) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
