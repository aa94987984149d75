package io.github.amocrmspring.client;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;

/**
 * Encodes nested parameters into a query string or form body the way amoCRM expects them.
 *
 * <ul>
 * <li>nested maps become bracketed keys: {@code filter[date_create][from]=1};
 * <li>lists and arrays get explicit indices: {@code id[0]=1&id[1]=2};
 * <li>{@code true} becomes {@code 1}, {@code false} {@code 0};
 * <li>{@code null} values and empty maps or lists are left out;
 * <li>keys and values are percent-encoded as RFC 1738 form data: a space becomes {@code +}, everything but
 * {@code A-Z a-z 0-9 _ . -} is encoded, upper-case hex.
 * </ul>
 * {@link JsonNode} values are encoded like the maps, lists and scalars they hold.
 */
public final class NestedParameterEncoder {

    private NestedParameterEncoder() {}

    /** Encode the given parameters; returns an empty string when nothing is left to send. */
    public static String encode(Map<String, ?> parameters) {
        StringJoiner joiner = new StringJoiner("&");
        parameters.forEach((key, value) -> append(joiner, key, value));
        return joiner.toString();
    }

    private static void append(StringJoiner joiner, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof JsonNode node) {
            appendNode(joiner, key, node);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((childKey, childValue) -> append(joiner, key + "[" + childKey + "]", childValue));
        } else if (value instanceof Iterable<?> iterable) {
            int index = 0;
            for (Object element : iterable) {
                append(joiner, key + "[" + index++ + "]", element);
            }
        } else if (value.getClass().isArray()) {
            for (int index = 0; index < Array.getLength(value); index++) {
                append(joiner, key + "[" + index + "]", Array.get(value, index));
            }
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> append(joiner, key, present));
        } else {
            joiner.add(encodeComponent(key) + "=" + encodeComponent(scalar(value)));
        }
    }

    private static void appendNode(StringJoiner joiner, String key, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                appendNode(joiner, key + "[" + property.getKey() + "]", property.getValue());
            }
        } else if (node.isArray()) {
            Iterator<JsonNode> elements = node.values().iterator();
            for (int index = 0; elements.hasNext(); index++) {
                appendNode(joiner, key + "[" + index + "]", elements.next());
            }
        } else if (node.isBoolean()) {
            joiner.add(encodeComponent(key) + "=" + (node.booleanValue() ? "1" : "0"));
        } else if (node.isNumber()) {
            joiner.add(encodeComponent(key) + "=" + encodeComponent(scalar(node.numberValue())));
        } else if (!node.isNull() && !node.isMissingNode()) {
            joiner.add(encodeComponent(key) + "=" + encodeComponent(node.asString()));
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && !Double.isInfinite(number) && Math.abs(number) < 1e15) {
                return Long.toString((long) number);
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    /** Percent-encode one key or value as RFC 1738 form data. */
    public static String encodeComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("*", "%2A");
    }
}
