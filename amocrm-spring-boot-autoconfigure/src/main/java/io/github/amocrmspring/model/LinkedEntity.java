package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One linked entity as amoCRM embeds it in another ({@code "company": {"id": ..., "name": ..., "_links": ...}}),
 * keeping every key it came with. amoCRM writes an absent link as {@code []} or {@code {}}.
 */
public final class LinkedEntity {

    private final JsonNode node;

    private LinkedEntity(JsonNode node) {
        this.node = node;
    }

    /** Return a link to the entity with the given id. */
    public static LinkedEntity of(long id) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.put("id", id);
        return new LinkedEntity(node);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LinkedEntity fromJson(JsonNode node) {
        return new LinkedEntity(node.deepCopy());
    }

    @JsonValue
    JsonNode toJson() {
        return this.node.deepCopy();
    }

    /** Return the id of the linked entity, or {@code null} when there is none. */
    public Long getId() {
        return this.node.isObject() ? JsonNodes.longValue(this.node.get("id")) : null;
    }

    /** Return the name of the linked entity when amoCRM gave it, or {@code null}. */
    public String getName() {
        return this.node.isObject() ? JsonNodes.text(this.node.get("name")) : null;
    }

    @Override
    public String toString() {
        return this.node.toString();
    }
}
