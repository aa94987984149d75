package io.github.amocrmspring.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EntityGuard} for one application instance: a lock per entity in memory. It serializes saves from the
 * threads of this instance only; with several instances, use {@link JdbcEntityGuard}.
 *
 * <p>Each attempt waits up to the configured pause for the lock; after the last attempt the save fails.
 */
public class InMemoryEntityGuard implements EntityGuard {

    private static final Logger logger = LoggerFactory.getLogger(InMemoryEntityGuard.class);

    private final Map<EntityKey, Entry> locks = new ConcurrentHashMap<>();

    private final HeldLocks heldLocks = new HeldLocks();

    private final int attempts;

    private final Duration pause;

    /**
     * Create a guard.
     * @param attempts how many times to try to take a lock (at least 1)
     * @param pause how long each attempt waits for the lock
     */
    public InMemoryEntityGuard(int attempts, Duration pause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.attempts = attempts;
        this.pause = pause;
    }

    @Override
    public <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action) {
        List<EntityKey> toLock = this.heldLocks.missing(keys);
        if (toLock.isEmpty()) {
            return action.get();
        }
        List<EntityKey> locked = new ArrayList<>();
        try {
            for (EntityKey key : toLock) {
                lock(key);
                locked.add(key);
            }
            this.heldLocks.add(locked);
            return action.get();
        } finally {
            this.heldLocks.remove(locked);
            for (int i = locked.size() - 1; i >= 0; i--) {
                unlock(locked.get(i));
            }
        }
    }

    private void lock(EntityKey key) {
        Entry entry = this.locks.compute(key, (k, existing) -> {
            Entry result = (existing != null) ? existing : new Entry();
            result.users++;
            return result;
        });
        try {
            for (int attempt = 1; attempt <= this.attempts; attempt++) {
                if (entry.lock.tryLock(this.pause.toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
                logger.debug("The lock of {} is held by another save; attempt {} of {}", key, attempt, this.attempts);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            release(key);
            throw new EntityLockException("Interrupted while waiting for the lock of " + key, key, ex);
        }
        release(key);
        throw new EntityLockException(
                "Could not lock " + key + " in " + this.attempts + " attempt(s) " + this.pause.toMillis()
                        + " ms apart: another save of it is still running",
                key,
                null);
    }

    private void unlock(EntityKey key) {
        Entry entry = this.locks.get(key);
        if (entry != null && entry.lock.isHeldByCurrentThread()) {
            entry.lock.unlock();
        }
        release(key);
    }

    private void release(EntityKey key) {
        this.locks.computeIfPresent(key, (k, entry) -> (--entry.users == 0) ? null : entry);
    }

    @Override
    public String toString() {
        return "InMemoryEntityGuard[attempts=" + this.attempts + ", pause=" + this.pause + "]";
    }

    private static final class Entry {

        private final ReentrantLock lock = new ReentrantLock();

        private int users;
    }
}
