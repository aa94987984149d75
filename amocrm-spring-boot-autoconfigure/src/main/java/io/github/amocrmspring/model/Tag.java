package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tag of a lead, contact or company. amoCRM returns {@code {"id": ..., "name": ...}}; a bare name is read too.
 *
 * @param id the tag's id, {@code null} for a tag not yet saved
 * @param name the tag's name
 */
public record Tag(Long id, String name) {

    /** Return a tag that has only a name, as a new tag does. */
    public static Tag named(String name) {
        return new Tag(null, name);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Tag fromJson(JsonNode node) {
        if (node.isObject()) {
            return new Tag(JsonNodes.longValue(node.get("id")), JsonNodes.text(node.get("name")));
        }
        return new Tag(null, JsonNodes.text(node));
    }

    @JsonValue
    JsonNode toJson() {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        if (this.id != null) {
            node.put("id", this.id);
        }
        node.put("name", this.name);
        return node;
    }
}
