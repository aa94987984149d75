package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.model.EntityType;
import java.time.Instant;

/**
 * Raised when amoCRM rejects an update because the entity changed since it was read ("Last modified date is
 * older than in database"): someone else saved it in between. Read the entity again and apply the change to it, or
 * use the read-modify-write {@code update(id, change)} of the entity operations.
 */
public class EntityConflictException extends AmoException {

    private final EntityType entityType;

    private final long entityId;

    EntityConflictException(
            String accountHost,
            String path,
            EntityType entityType,
            long entityId,
            Instant sentUpdatedAt,
            String reason) {
        super(
                "amoCRM rejected the update of " + entityType.name().toLowerCase(java.util.Locale.ROOT) + " "
                        + entityId + " of account " + accountHost + ": it changed after it was read"
                        + ((sentUpdatedAt != null) ? " (sent updated_at " + sentUpdatedAt.getEpochSecond() + ")" : "")
                        + "; amoCRM said '" + reason + "'. Read it again and reapply the change",
                accountHost,
                path);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public EntityType getEntityType() {
        return this.entityType;
    }

    public long getEntityId() {
        return this.entityId;
    }
}
