package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoException;
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
 * Reads a list page after page, one page ahead of its consumer.
 *
 * <p>Nothing is read until the first element is asked for. When the consumer starts on a page, the next one is
 * requested in the background, so that at most two pages are held at any time, whatever the length of the list.
 * The list ends with the first page marked as last (a 204, an empty or a short page). Closing the stream cancels a
 * request in flight.
 *
 * @param <T> the type of the elements
 */
final class PrefetchingSpliterator<T> implements Spliterator<T>, AutoCloseable {

    private final IntFunction<Page<T>> pages;

    private final ExecutorService executor;

    private int nextPageIndex;

    private Iterator<T> current;

    private Future<Page<T>> next;

    private boolean lastPageSeen;

    private volatile boolean closed;

    private PrefetchingSpliterator(IntFunction<Page<T>> pages, ExecutorService executor) {
        this.pages = pages;
        this.executor = executor;
    }

    /**
     * Return a lazy stream over the pages.
     * @param pages reads the page of the given index (from 0)
     * @param executor the executor that reads the next page ahead
     * @param <T> the type of the elements
     * @return the stream, to be closed when done with early
     */
    static <T> Stream<T> stream(IntFunction<Page<T>> pages, ExecutorService executor) {
        PrefetchingSpliterator<T> spliterator = new PrefetchingSpliterator<>(pages, executor);
        return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (this.current == null || !this.current.hasNext()) {
            if (this.closed || (this.lastPageSeen && this.next == null)) {
                return false;
            }
            Page<T> page = (this.next != null) ? awaitNext() : this.pages.apply(this.nextPageIndex++);
            this.next = null;
            if (page.last()) {
                this.lastPageSeen = true;
            } else {
                int index = this.nextPageIndex++;
                this.next = this.executor.submit(() -> this.pages.apply(index));
            }
            this.current = page.items().iterator();
        }
        action.accept(this.current.next());
        return true;
    }

    private Page<T> awaitNext() {
        try {
            return this.next.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.next.cancel(true);
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
        Future<Page<T>> pending = this.next;
        if (pending != null) {
            pending.cancel(true);
        }
        this.next = null;
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
