package io.github.amocrmspring.model;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a list that amoCRM sends either as a JSON array or as an object keyed by id
 * ({@code {"142": {...}, "143": {...}}}); the values of such an object become the list, in order.
 */
final class FlexibleListDeserializer extends ValueDeserializer<List<Object>> {

    private final JavaType elementType;

    FlexibleListDeserializer() {
        this(null);
    }

    private FlexibleListDeserializer(JavaType elementType) {
        this.elementType = elementType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = (property != null) ? property.getType() : context.getContextualType();
        return new FlexibleListDeserializer(type.getContentType());
    }

    @Override
    public List<Object> deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        JsonNode node = context.readTree(parser);
        List<Object> list = new ArrayList<>();
        if (node.isArray() || node.isObject()) {
            for (JsonNode element : node.isArray() ? node : node.values()) {
                list.add(context.readTreeAsValue(element, this.elementType));
            }
        }
        return list;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return new ArrayList<>();
    }
}
