package io.github.amocrmspring.test.server;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One stored entity of any {@link EntityType}, kept as plain fields rather than JSON so that hundreds of thousands of
 * them fit in memory and seed quickly; {@link EntityRenderer} turns it into amoCRM's read format.
 *
 * <p>Links to other entities are kept on both sides ({@link FakeAccount#link}), so that linking a contact to a lead
 * makes each list the other.
 */
final class StoredEntity {

    final EntityType type;

    final long id;

    String name = "";

    long responsibleUserId;

    long createdBy;

    long updatedBy;

    long createdAt;

    long updatedAt;

    long groupId;

    boolean deleted;

    List<Tag> tags = List.of();

    final Map<Long, List<FieldValue>> customFields = new LinkedHashMap<>();

    private Map<EntityType, Set<Long>> links;

    // contact
    String firstName = "";

    String lastName = "";

    // lead
    long statusId;

    long pipelineId;

    long sale;

    long closedAt;

    Map<Long, Map<Long, Long>> catalogElements = Map.of();

    // task and note
    long elementId;

    int elementType;

    String text = "";

    // task
    long completeTillAt;

    long taskType;

    boolean completed;

    String result;

    long resultNoteId;

    // note
    long noteType;

    JsonNode params;

    // catalog element
    long catalogId;

    // customer
    long nextDate;

    long nextPrice;

    long periodicity;

    long periodId;

    StoredEntity(EntityType type, long id) {
        this.type = type;
        this.id = id;
    }

    Set<Long> links(EntityType other) {
        if (this.links == null) {
            return Set.of();
        }
        return this.links.getOrDefault(other, Set.of());
    }

    void addLink(EntityType other, long otherId) {
        if (this.links == null) {
            this.links = new EnumMap<>(EntityType.class);
        }
        this.links.computeIfAbsent(other, (key) -> new LinkedHashSet<>()).add(otherId);
    }

    void removeLink(EntityType other, long otherId) {
        if (this.links != null && this.links.containsKey(other)) {
            this.links.get(other).remove(otherId);
        }
    }

    /** Returns the one linked company of a contact or a lead, or 0. */
    long companyId() {
        Set<Long> companies = links(EntityType.COMPANY);
        return companies.isEmpty() ? 0 : companies.iterator().next();
    }

    /** A value of a custom field: the text, the enum id for lists, the subtype for address parts. */
    record FieldValue(JsonNode value, Long enumId, Integer subtype) {}

    /** A tag of the account. */
    record Tag(long id, String name) {}
}
