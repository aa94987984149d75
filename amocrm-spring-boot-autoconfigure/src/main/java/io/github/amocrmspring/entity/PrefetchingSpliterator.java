package io.github.amocrmspring.entity;

import io.github.amocrmspring.error.AmoException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a list page after page, a few pages ahead of its consumer.
 *
 * <p>Nothing is read until the first element is asked for. The first page is read by the consumer's thread; if it
 * has not arrived within {@code secondPageAfter}, the second page is requested in the background without waiting
 * for it, which saves a round trip when requests take longer than the rate limiter's interval, at the cost of one
 * request more for a list that fits in one page. Once the first page has arrived, up to {@code prefetchPages}
 * following pages are requested in the background, and one more each time the consumer starts on a page, so that at
 * most {@code 1 + prefetchPages} pages are held at any time, whatever the length of the list.
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

    private final Duration secondPageAfter;

    private final Deque<Future<Page<T>>> ahead = new ArrayDeque<>();

    private int nextPageIndex;

    private Iterator<T> current;

    private boolean lastPageSeen;

    private volatile boolean closed;

    private PrefetchingSpliterator(
            IntFunction<Page<T>> pages, ExecutorService executor, int prefetchPages, Duration secondPageAfter) {
        if (prefetchPages < 1) {
            throw new IllegalArgumentException("Pages to read ahead must be at least 1, not " + prefetchPages);
        }
        if (secondPageAfter.isNegative()) {
            throw new IllegalArgumentException("Wait for the first page must not be negative, not " + secondPageAfter);
        }
        this.pages = pages;
        this.executor = executor;
        this.prefetchPages = prefetchPages;
        this.secondPageAfter = secondPageAfter;
    }

    /**
     * Return a lazy stream over the pages.
     * @param pages reads the page of the given index (from 0)
     * @param executor the executor that reads pages ahead
     * @param prefetchPages how many pages to read ahead of the consumer, at least 1
     * @param secondPageAfter how long to wait for the first page before requesting the second one too
     * @param <T> the type of the elements
     * @return the stream, to be closed when done with early
     */
    static <T> Stream<T> stream(
            IntFunction<Page<T>> pages, ExecutorService executor, int prefetchPages, Duration secondPageAfter) {
        PrefetchingSpliterator<T> spliterator =
                new PrefetchingSpliterator<>(pages, executor, prefetchPages, secondPageAfter);
        return StreamSupport.stream(spliterator, false).onClose(spliterator::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (this.current == null || !this.current.hasNext()) {
            if (this.closed || (this.lastPageSeen && this.ahead.isEmpty())) {
                return false;
            }
            Page<T> page = (this.nextPageIndex == 0) ? readFirstPage() : awaitNext();
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

    private Page<T> readFirstPage() {
        CompletableFuture<Page<T>> firstPage = new CompletableFuture<>();
        this.nextPageIndex = 2;
        this.ahead.addLast(this.executor.submit(() -> readSecondPage(firstPage)));
        try {
            Page<T> page = this.pages.apply(0);
            firstPage.complete(page);
            return page;
        } catch (RuntimeException ex) {
            firstPage.completeExceptionally(ex);
            cancelAhead();
            throw ex;
        }
    }

    private Page<T> readSecondPage(Future<Page<T>> firstPage) throws Exception {
        try {
            if (firstPage
                    .get(this.secondPageAfter.toNanos(), TimeUnit.NANOSECONDS)
                    .last()) {
                return new Page<>(List.of(), true);
            }
        } catch (TimeoutException ex) {
            // the first page is slow to come: ask for the second one now rather than a round trip later
        }
        return this.pages.apply(1);
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
