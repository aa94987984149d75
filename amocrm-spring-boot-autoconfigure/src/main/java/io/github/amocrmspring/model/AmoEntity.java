package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of every entity amoCRM stores under an id: leads, contacts, companies, tasks, notes, catalogs and
 * catalog elements.
 *
 * <p>An entity maps the fields the API documents to typed properties and keeps every other key it was read with,
 * so that an entity read, changed and saved loses nothing. Times are {@link Instant}s, written to amoCRM as Unix
 * seconds. {@link #toRequestItem()} gives the form amoCRM takes on add and update, which differs from the form it
 * returns: links go as {@code *_id} keys, tags as names, and on an update only what was changed through this
 * object among custom fields, tags and links.
 */
public abstract class AmoEntity extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("responsible_user_id")
    private Long responsibleUserId;

    @JsonProperty("created_by")
    private Long createdBy;

    @JsonProperty("updated_by")
    private Long updatedBy;

    @JsonProperty("created_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant createdAt;

    @JsonProperty("updated_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant updatedAt;

    @JsonProperty("account_id")
    private Long accountId;

    @JsonProperty("group_id")
    private Long groupId;

    private final Set<String> changedOtherFields = new LinkedHashSet<>();

    /** Return the kind of this entity. */
    @JsonIgnore
    public abstract EntityType getEntityType();

    public Long getId() {
        return this.id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Return whether this entity has not been saved yet, that is has no id. */
    @JsonIgnore
    public boolean isNew() {
        return this.id == null;
    }

    public Long getResponsibleUserId() {
        return this.responsibleUserId;
    }

    public void setResponsibleUserId(Long responsibleUserId) {
        this.responsibleUserId = responsibleUserId;
    }

    public Long getCreatedBy() {
        return this.createdBy;
    }

    public void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    public Long getUpdatedBy() {
        return this.updatedBy;
    }

    public void setUpdatedBy(Long updatedBy) {
        this.updatedBy = updatedBy;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Return the time of the last change as amoCRM reported it. On an update the client sends this value back,
     * so that a change made since this entity was read is reported as a conflict.
     */
    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getAccountId() {
        return this.accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Long getGroupId() {
        return this.groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    /** Set a key this class does not map; it is sent on the next save. */
    @Override
    public void setOtherField(String name, Object value) {
        super.setOtherField(name, value);
        this.changedOtherFields.add(name);
    }

    /**
     * Return the form amoCRM takes in {@code add} or {@code update}. {@code updated_at} is not included: the
     * client adds it when it sends an update.
     */
    public ObjectNode toRequestItem() {
        ObjectNode item = JsonNodes.FACTORY.objectNode();
        putIfNotNull(item, "id", this.id);
        writeRequestFields(item);
        this.changedOtherFields.forEach(name -> item.set(name, getOtherField(name)));
        return item;
    }

    /**
     * Add the fields of this entity to its request form; subclasses add theirs after calling this.
     * @param item the request form being built
     */
    protected void writeRequestFields(ObjectNode item) {
        putIfNotNull(item, "name", requestName());
        putIfNotNull(item, "responsible_user_id", this.responsibleUserId);
        putIfNotNull(item, "created_by", this.createdBy);
        putIfNotNull(item, "created_at", this.createdAt);
    }

    /** Return the name to send, for entities that have one. */
    protected String requestName() {
        return null;
    }

    /**
     * Record that amoCRM saved this entity: take the id and {@code updated_at} it reported and forget the changes
     * that were sent. The client calls this after a successful save.
     * @param savedId the id amoCRM gave or confirmed
     * @param savedUpdatedAt the {@code updated_at} amoCRM now holds, or {@code null} if unknown
     */
    public void markSaved(long savedId, Instant savedUpdatedAt) {
        this.id = savedId;
        if (savedUpdatedAt != null) {
            this.updatedAt = savedUpdatedAt;
        }
        this.changedOtherFields.clear();
        clearChanges();
    }

    /** Forget the changes recorded for the next update; subclasses clear theirs after calling this. */
    protected void clearChanges() {}

    protected static void putIfNotNull(ObjectNode item, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Instant instant) {
            item.put(name, instant.getEpochSecond());
        } else {
            item.set(name, JsonNodes.toNode(value));
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + Objects.toString(this.id, "(new)");
    }
}
