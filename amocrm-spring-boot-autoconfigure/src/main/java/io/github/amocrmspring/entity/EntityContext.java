package io.github.amocrmspring.entity;

import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.InMemoryEntityGuard;
import io.github.amocrmspring.retry.BatchSplitter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the entity operations of every account share: the {@link EntityGuard} that serializes saves, the executor
 * that fetches the next pages of a stream in the background and how it reads ahead, and the JSON mapper of the
 * model.
 */
public final class EntityContext implements AutoCloseable {

    /** The number of pages a stream reads ahead of its consumer unless configured otherwise. */
    public static final int DEFAULT_PREFETCH_PAGES = 3;

    /**
     * How long a stream waits for its first page before requesting the second one too, unless configured otherwise:
     * about the interval between two requests at amoCRM's 7 requests per second.
     */
    public static final Duration DEFAULT_SECOND_PAGE_AFTER = Duration.ofMillis(150);

    private final EntityGuard entityGuard;

    private final ExecutorService prefetchExecutor;

    private final int prefetchPages;

    private final Duration secondPageAfter;

    private final JsonMapper jsonMapper;

    private final BatchSplitter batchSplitter;

    /**
     * Create a context whose streams read with the defaults: {@value #DEFAULT_PREFETCH_PAGES} pages ahead, the second
     * page asked for after {@link #DEFAULT_SECOND_PAGE_AFTER}.
     * @param entityGuard the guard of saves of existing entities
     * @param prefetchExecutor the executor that fetches pages ahead of a stream's consumer
     */
    public EntityContext(EntityGuard entityGuard, ExecutorService prefetchExecutor) {
        this(
                entityGuard,
                prefetchExecutor,
                DEFAULT_PREFETCH_PAGES,
                DEFAULT_SECOND_PAGE_AFTER,
                BatchSplitter.withoutMetrics());
    }

    /**
     * Create a context.
     * @param entityGuard the guard of saves of existing entities
     * @param prefetchExecutor the executor that fetches pages ahead of a stream's consumer
     * @param prefetchPages how many pages a stream reads ahead of its consumer, at least 1
     * @param secondPageAfter how long a stream waits for its first page before requesting the second one too
     * @param batchSplitter sends each batch of a save, halving it when amoCRM answers 504
     */
    public EntityContext(
            EntityGuard entityGuard,
            ExecutorService prefetchExecutor,
            int prefetchPages,
            Duration secondPageAfter,
            BatchSplitter batchSplitter) {
        if (prefetchPages < 1) {
            throw new IllegalArgumentException("Pages to read ahead must be at least 1, not " + prefetchPages);
        }
        Objects.requireNonNull(secondPageAfter, "secondPageAfter must not be null");
        if (secondPageAfter.isNegative()) {
            throw new IllegalArgumentException("Wait for the first page must not be negative, not " + secondPageAfter);
        }
        this.entityGuard = Objects.requireNonNull(entityGuard, "entityGuard must not be null");
        this.prefetchExecutor = Objects.requireNonNull(prefetchExecutor, "prefetchExecutor must not be null");
        this.prefetchPages = prefetchPages;
        this.secondPageAfter = secondPageAfter;
        this.batchSplitter = Objects.requireNonNull(batchSplitter, "batchSplitter must not be null");
        this.jsonMapper = JsonMapper.builder().build();
    }

    /**
     * Return the context used when none is configured: a guard in memory (10 attempts a second apart) and a
     * prefetch executor of daemon threads, shared by the whole JVM.
     */
    public static EntityContext fallback() {
        return Fallback.INSTANCE;
    }

    /**
     * Return an executor for prefetching pages: daemon threads, created as streams need them and ended when idle.
     */
    public static ExecutorService newPrefetchExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "amocrm-prefetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newCachedThreadPool(threads);
    }

    public EntityGuard getEntityGuard() {
        return this.entityGuard;
    }

    public ExecutorService getPrefetchExecutor() {
        return this.prefetchExecutor;
    }

    /** Return how many pages a stream reads ahead of its consumer. */
    public int getPrefetchPages() {
        return this.prefetchPages;
    }

    /** Return how long a stream waits for its first page before requesting the second one too. */
    public Duration getSecondPageAfter() {
        return this.secondPageAfter;
    }

    public JsonMapper getJsonMapper() {
        return this.jsonMapper;
    }

    public BatchSplitter getBatchSplitter() {
        return this.batchSplitter;
    }

    /** Stop the prefetch executor, cancelling reads in flight; the JVM-wide fallback context is never closed. */
    @Override
    public void close() {
        if (this != Fallback.INSTANCE) {
            this.prefetchExecutor.shutdownNow();
        }
    }

    private static final class Fallback {

        private static final EntityContext INSTANCE =
                new EntityContext(new InMemoryEntityGuard(10, Duration.ofSeconds(1)), newPrefetchExecutor());
    }
}
