package io.github.amocrmspring.guard;

import io.github.amocrmspring.error.AmoException;

/** Raised when the lock of an entity could not be taken, so the save it guards was not attempted. */
public class EntityLockException extends AmoException {

    private final EntityKey key;

    public EntityLockException(String message, EntityKey key, Throwable cause) {
        super(message, key.accountHost(), null, cause);
        this.key = key;
    }

    /** Return the entity whose lock could not be taken. */
    public EntityKey getKey() {
        return this.key;
    }
}
