package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The linked entities of one kind as amoCRM embeds them ({@code "contacts": {"id": [1, 2], "_links": ...}}),
 * keeping every other key. amoCRM writes no links as {@code []} or {@code {}}; that form is kept until an id is
 * added.
 */
public final class LinkedEntities {

    private final Set<Long> ids;

    private final JsonNode original;

    private LinkedEntities(Set<Long> ids, JsonNode original) {
        this.ids = ids;
        this.original = original;
    }

    /** Return an empty set of links. */
    public static LinkedEntities empty() {
        return new LinkedEntities(new LinkedHashSet<>(), JsonNodes.FACTORY.objectNode());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static LinkedEntities fromJson(JsonNode node) {
        Set<Long> ids = new LinkedHashSet<>();
        JsonNode idNode = node.isObject() ? node.get("id") : null;
        if (idNode != null && idNode.isArray()) {
            idNode.forEach(element -> addId(ids, element));
        } else if (idNode != null) {
            addId(ids, idNode);
        }
        return new LinkedEntities(ids, node.deepCopy());
    }

    private static void addId(Set<Long> ids, JsonNode element) {
        Long id = JsonNodes.longValue(element);
        if (id != null) {
            ids.add(id);
        }
    }

    @JsonValue
    JsonNode toJson() {
        if (!this.original.isObject()) {
            if (this.ids.isEmpty()) {
                return this.original.deepCopy();
            }
            return withIds(JsonNodes.FACTORY.objectNode());
        }
        ObjectNode node = (ObjectNode) this.original.deepCopy();
        if (this.ids.isEmpty() && !this.original.has("id")) {
            return node;
        }
        return withIds(node);
    }

    private ObjectNode withIds(ObjectNode node) {
        ArrayNode array = JsonNodes.FACTORY.arrayNode();
        this.ids.forEach(array::add);
        node.set("id", array);
        return node;
    }

    /** Return the ids of the linked entities, in the order amoCRM gave them. */
    public List<Long> getIds() {
        return new ArrayList<>(this.ids);
    }

    boolean add(Collection<Long> idsToAdd) {
        return this.ids.addAll(idsToAdd);
    }

    boolean remove(Collection<Long> idsToRemove) {
        return this.ids.removeAll(idsToRemove);
    }

    @Override
    public String toString() {
        return "ids " + this.ids;
    }
}
