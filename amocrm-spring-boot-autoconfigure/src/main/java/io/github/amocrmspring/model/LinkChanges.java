package io.github.amocrmspring.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The links of one kind added and removed through an entity since it was read or saved.
 *
 * <p>amoCRM adds the ids sent in a link key ({@code contacts_id}) to the entity's links and removes those sent
 * under {@code unlink}; neither replaces the set. So an update sends only what changed, and a new entity sends all
 * of its links.
 */
final class LinkChanges {

    private final Set<Long> linked = new LinkedHashSet<>();

    private final Set<Long> unlinked = new LinkedHashSet<>();

    void link(Collection<Long> ids) {
        this.linked.addAll(ids);
        this.unlinked.removeAll(ids);
    }

    void unlink(Collection<Long> ids) {
        this.unlinked.addAll(ids);
        this.linked.removeAll(ids);
    }

    void write(ObjectNode item, ObjectNode unlink, String key, List<Long> currentIds, boolean isNew) {
        Collection<Long> toLink = isNew ? currentIds : this.linked;
        if (!toLink.isEmpty()) {
            ArrayNode array = item.putArray(key);
            toLink.forEach(array::add);
        }
        if (!isNew && !this.unlinked.isEmpty()) {
            ArrayNode array = unlink.putArray(key);
            this.unlinked.forEach(array::add);
        }
    }

    void clear() {
        this.linked.clear();
        this.unlinked.clear();
    }
}
