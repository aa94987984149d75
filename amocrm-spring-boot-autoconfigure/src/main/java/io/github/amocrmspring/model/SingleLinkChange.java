package io.github.amocrmspring.model;

import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/** The one link of a kind (the company of a lead or contact) set or removed through an entity since it was read. */
final class SingleLinkChange {

    private Long linked;

    private Long unlinked;

    void link(long id) {
        this.linked = id;
        if (Objects.equals(this.unlinked, id)) {
            this.unlinked = null;
        }
    }

    void unlink(long id) {
        this.unlinked = id;
        if (Objects.equals(this.linked, id)) {
            this.linked = null;
        }
    }

    void write(ObjectNode item, ObjectNode unlink, String key, Long currentId, boolean isNew) {
        Long toLink = isNew ? currentId : this.linked;
        if (toLink != null) {
            item.put(key, toLink);
        }
        if (!isNew && this.unlinked != null) {
            unlink.put(key, this.unlinked);
        }
    }

    void clear() {
        this.linked = null;
        this.unlinked = null;
    }
}
