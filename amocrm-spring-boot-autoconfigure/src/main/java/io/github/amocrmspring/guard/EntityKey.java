package io.github.amocrmspring.guard;

import io.github.amocrmspring.model.EntityType;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * What the {@link EntityGuard} locks: one entity of one account.
 *
 * @param accountHost the host of the account, for example {@code acme.amocrm.ru}
 * @param entityType the kind of entity
 * @param entityId the id of the entity
 */
public record EntityKey(String accountHost, EntityType entityType, long entityId) implements Comparable<EntityKey> {

    private static final Comparator<EntityKey> ORDER = Comparator.comparing(EntityKey::accountHost)
            .thenComparing(EntityKey::entityType)
            .thenComparingLong(EntityKey::entityId);

    public EntityKey {
        Objects.requireNonNull(accountHost, "accountHost must not be null");
        Objects.requireNonNull(entityType, "entityType must not be null");
        accountHost = accountHost.toLowerCase(Locale.ROOT);
    }

    /** Return the name of the entity type as stored in the lock table, for example {@code lead}. */
    public String entityTypeName() {
        return this.entityType.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(EntityKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return entityTypeName().replace('_', ' ') + " " + this.entityId + " of account " + this.accountHost;
    }
}
