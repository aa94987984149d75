package io.github.amocrmspring.metrics;

import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.EntityKey;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * {@link EntityGuard} that records in {@link AmoClientMetrics} how long each save waited for its locks, then runs
 * it under the locks of the guard it wraps.
 */
public final class TimedEntityGuard implements EntityGuard {

    private final EntityGuard delegate;

    private final AmoClientMetrics metrics;

    private TimedEntityGuard(EntityGuard delegate, AmoClientMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    /**
     * Return a guard that times the given one, or the given one itself when nothing is recorded.
     * @param delegate the guard that takes the locks
     * @param metrics where to record the waits
     * @return the timed guard
     */
    public static EntityGuard of(EntityGuard delegate, AmoClientMetrics metrics) {
        return (metrics == AmoClientMetrics.NONE) ? delegate : new TimedEntityGuard(delegate, metrics);
    }

    @Override
    public <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action) {
        long start = System.nanoTime();
        return this.delegate.runLocked(keys, () -> {
            this.metrics.entityGuardWaited(Duration.ofNanos(System.nanoTime() - start));
            return action.get();
        });
    }

    @Override
    public String toString() {
        return "TimedEntityGuard[" + this.delegate + "]";
    }
}
