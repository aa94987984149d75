package io.github.amocrmspring.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** Conversions between plain Java values and JSON nodes for the model's flexible parts. */
final class JsonNodes {

    static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonNodes() {}

    static JsonNode toNode(Object value) {
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text) {
            return FACTORY.stringNode(text);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return FACTORY.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger number) {
            return FACTORY.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return FACTORY.numberNode(number);
        }
        if (value instanceof Double || value instanceof Float) {
            return FACTORY.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Boolean flag) {
            return FACTORY.booleanNode(flag);
        }
        return JsonMapper.shared().valueToTree(value);
    }

    /** Return the text of a scalar node, or {@code null} for a missing, null or structured one. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        return node.asString();
    }

    /** Return the node as a long if it holds an integral number or a numeric string, otherwise {@code null}. */
    static Long longValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        String text = node.asString().trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
