package io.github.amocrmspring.guard;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Serializes saves of one entity, across threads and, for a shared implementation, across application instances.
 *
 * <p>amoCRM rejects an update whose {@code updated_at} is older than the one it holds. Two saves of one entity that
 * overlap can therefore fail, or overwrite each other's changes. The client runs every save of an existing entity,
 * and every read-modify-write, inside {@link #runLocked(EntityKey, Supplier)}, holding the lock until amoCRM has
 * answered.
 *
 * <p>Implementations make a bounded number of attempts to take a lock and raise {@link EntityLockException} when
 * they cannot, so a save never proceeds unlocked. A thread that already holds a lock may take it again.
 */
public interface EntityGuard {

    /**
     * Run an action while holding the exclusive lock of an entity.
     * @param key the entity to lock
     * @param action the action, typically a save and the read before it
     * @param <T> the type of the action's result
     * @return the action's result
     * @throws EntityLockException if the lock could not be taken in the configured attempts
     */
    default <T> T runLocked(EntityKey key, Supplier<T> action) {
        return runLocked(List.of(key), action);
    }

    /**
     * Run an action while holding the exclusive locks of several entities, taken in a fixed order so that two
     * such calls never wait for each other in a circle.
     * @param keys the entities to lock
     * @param action the action
     * @param <T> the type of the action's result
     * @return the action's result
     * @throws EntityLockException if the locks could not be taken in the configured attempts
     */
    <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action);

    /** Return a guard that takes no lock, for applications that turned the guard off. */
    static EntityGuard none() {
        return new EntityGuard() {

            @Override
            public <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action) {
                return action.get();
            }

            @Override
            public String toString() {
                return "EntityGuard.none()";
            }
        };
    }
}
