package io.github.amocrmspring.model;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the enums of a custom field definition, which amoCRM sends either as an object keyed by enum id
 * ({@code {"3685087": "WORK"}}) or as an array ({@code [{"id": 3685087, "value": "WORK"}]}).
 */
final class EnumsDeserializer extends ValueDeserializer<Map<Long, String>> {

    @Override
    public Map<Long, String> deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        JsonNode node = context.readTree(parser);
        Map<Long, String> enums = new LinkedHashMap<>();
        if (node.isObject()) {
            node.forEachEntry((key, value) -> {
                Long id = JsonNodes.longValue(JsonNodes.FACTORY.stringNode(key));
                if (id != null) {
                    enums.put(id, value.isObject() ? JsonNodes.text(value.get("value")) : JsonNodes.text(value));
                }
            });
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Long id = JsonNodes.longValue(element.get("id"));
                if (id != null) {
                    enums.put(id, JsonNodes.text(element.get("value")));
                }
            }
        }
        return enums;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return new LinkedHashMap<>();
    }
}
