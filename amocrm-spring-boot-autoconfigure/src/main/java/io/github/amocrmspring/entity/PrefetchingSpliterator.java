package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a list page after page, a few pages ahead of its consumer.
 *
 * <p>Nothing is read until the first element is asked for. Once the first page has arrived, up to
 * {@code prefetchPages} following pages are requested in the background, and one more each time the consumer starts
 * on a page, so that at most {@code 1 + prefetchPages} pages are held at any time, whatever the length of the list.
 * The requests in flight overlap their latency; how fast they are sent is left to the rate limiter they go through.
 * Pages are handed over in order. The list ends with the first page marked as last (a 204, an empty or a short
 * page): the requests for pages after it are cancelled and their answers ignored. Closing the stream cancels every
 * request in flight.
 *
 * @param <T> the type of the elements
 */
final class PrefetchingSpliterator<T> implements Spliterator<T>, AutoCloseable {

    private final IntFunction<Page<T>> pages;

    private final ExecutorService executor;

    private final int prefetchPages;

    private final Deque<Future<Page<T>>> ahead = new ArrayDeque<>();

    private int nextPageIndex;

    private Iterator<T> current;

    private boolean lastPageSeen;

    private volatile boolean closed;

    private PrefetchingSpliterator(IntFunction<Page<T>> pages, ExecutorService executor, int prefetchPages) {
        if (prefetchPages < 1) {
            throw new IllegalArgumentException("Pages to read ahead must be at least 1, not " + prefetchPages);
        }
        this.pages = pages;
        this.executor = executor;
        this.prefetchPages = prefetchPages;
    }

    /**
     * Return a lazy stream over the pages.
     * @param pages reads the page of the given index (from 0)
     * @param executor the executor that reads pages ahead
     * @param prefetchPages how many pages to read ahead of the consumer, at least 1
     * @param <T> the type of the elements
     * @return the stream, to be closed when done with early
     */
    static <T> Stream<T> stream(IntFunction<Page<T>> pages, ExecutorService executor, int prefetchPages) {
        PrefetchingSpliterator<T> spliterator = new PrefetchingSpliterator<>(pages, executor, prefetchPages);
        return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (this.current == null || !this.current.hasNext()) {
            if (this.closed || (this.lastPageSeen && this.ahead.isEmpty())) {
                return false;
            }
            Page<T> page = this.ahead.isEmpty() ? this.pages.apply(this.nextPageIndex++) : awaitNext();
            if (page.last()) {
                this.lastPageSeen = true;
                cancelAhead();
            } else {
                readAhead();
            }
            this.current = page.items().iterator();
        }
        action.accept(this.current.next());
        return true;
    }

    private void readAhead() {
        while (this.ahead.size() < this.prefetchPages) {
            int index = this.nextPageIndex++;
            this.ahead.addLast(this.executor.submit(() -> this.pages.apply(index)));
        }
    }

    private void cancelAhead() {
        Future<Page<T>> pending;
        while ((pending = this.ahead.pollFirst()) != null) {
            pending.cancel(true);
        }
    }

    private Page<T> awaitNext() {
        Future<Page<T>> next = this.ahead.getFirst();
        try {
            Page<T> page = next.get();
            this.ahead.removeFirst();
            return page;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            next.cancel(true);
            throw new CancellationException("Interrupted while waiting for the next page");
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof AmoException amoException) {
                throw amoException;
            }
            if (ex.getCause() instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            throw new IllegalStateException("Could not read the next page", ex.getCause());
        }
    }

    @Override
    public void close() {
        this.closed = true;
        cancelAhead();
        this.current = null;
    }

    @Override
    public Spliterator<T> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }

    /**
     * One page of a list.
     *
     * @param items the elements of the page
     * @param last whether no page follows
     * @param <T> the type of the elements
     */
    record Page<T>(List<T> items, boolean last) {}
}
