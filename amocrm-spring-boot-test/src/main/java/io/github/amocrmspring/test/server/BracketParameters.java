package io.github.amocrmspring.test.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses query strings and form bodies written in PHP's bracket syntax ({@code add[0][name]=x&id[]=1}) into a JSON
 * tree, so that form-encoded and JSON requests are handled by the same code.
 *
 * <p>Every value stays a string (numbers are coerced where they are read). A key ending in {@code []} appends to a
 * list. An object whose keys are exactly {@code 0..n-1} becomes an array, which is how PHP's
 * {@code http_build_query} writes lists; other numeric keys (catalog ids, status ids) stay object keys.
 */
final class BracketParameters {

    private BracketParameters() {}

    static ObjectNode parse(String encoded) {
        ObjectNode root = Json.object();
        if (encoded == null || encoded.isEmpty()) {
            return root;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode((equals >= 0) ? pair.substring(0, equals) : pair);
            String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
            put(root, segments(key), value);
        }
        return (ObjectNode) listify(root);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            return text;
        }
    }

    private static List<String> segments(String key) {
        List<String> segments = new ArrayList<>();
        int open = key.indexOf('[');
        if (open <= 0 || !key.endsWith("]")) {
            segments.add(key);
            return segments;
        }
        segments.add(key.substring(0, open));
        int position = open;
        while (position < key.length() && key.charAt(position) == '[') {
            int close = key.indexOf(']', position);
            if (close < 0) {
                break;
            }
            segments.add(key.substring(position + 1, close));
            position = close + 1;
        }
        return segments;
    }

    private static void put(ObjectNode root, List<String> segments, String value) {
        ObjectNode current = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = segments.get(i);
            if (segment.isEmpty()) {
                segment = String.valueOf(current.size());
            }
            JsonNode child = current.get(segment);
            if (!(child instanceof ObjectNode)) {
                child = current.putObject(segment);
            }
            current = (ObjectNode) child;
        }
        String last = segments.get(segments.size() - 1);
        if (last.isEmpty()) {
            last = String.valueOf(current.size());
        }
        current.put(last, value);
    }

    private static JsonNode listify(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        boolean sequential = !object.isEmpty();
        int index = 0;
        for (String name : object.propertyNames()) {
            if (!name.equals(String.valueOf(index++))) {
                sequential = false;
            }
        }
        ObjectNode converted = Json.object();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            converted.set(property.getKey(), listify(property.getValue()));
        }
        if (!sequential) {
            return converted;
        }
        ArrayNode array = Json.array();
        converted.values().forEach(array::add);
        return array;
    }
}
