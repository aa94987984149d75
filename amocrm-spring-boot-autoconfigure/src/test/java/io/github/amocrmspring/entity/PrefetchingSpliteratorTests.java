package io.github.amocrmspring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.amocrmspring.entity.PrefetchingSpliterator.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrefetchingSpliteratorTests {

    private static final int PAGE_SIZE = 10;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void shutDown() {
        this.executor.shutdownNow();
    }

    @Test
    void shouldHandOverEveryPageOnceAndInOrderWhenReadingSeveralPagesAhead() {
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        IntFunction<Page<Integer>> pages = (index) -> {
            reads.computeIfAbsent(index, (key) -> new AtomicInteger()).incrementAndGet();
            return page(index, 7);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3)) {
            assertThat(stream.toList())
                    .containsExactlyElementsOf(
                            IntStream.range(0, 7 * PAGE_SIZE).boxed().toList());
        }
        for (int index = 0; index <= 7; index++) {
            assertThat(reads.get(index)).as("reads of page %d", index).hasValue(1);
        }
    }

    @Test
    void shouldKeepAsManyReadsInFlightAsPagesAhead() throws InterruptedException {
        CountDownLatch threeInFlight = new CountDownLatch(3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        IntFunction<Page<Integer>> pages = (index) -> {
            if (index == 0) {
                return page(0, 100);
            }
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            threeInFlight.countDown();
            await(threeInFlight);
            inFlight.decrementAndGet();
            return page(index, 100);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3)) {
            assertThat(stream.limit(5 * PAGE_SIZE).count()).isEqualTo(5 * PAGE_SIZE);
        }
        assertThat(threeInFlight.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(mostInFlight.get()).isEqualTo(3);
    }

    @Test
    void shouldCancelReadsOfPagesAfterTheLastOne() throws InterruptedException {
        CountDownLatch laterReadsStarted = new CountDownLatch(2);
        CountDownLatch laterReadsCancelled = new CountDownLatch(2);
        IntFunction<Page<Integer>> pages = (index) -> {
            if (index == 0) {
                return page(0, 1);
            }
            if (index == 1) {
                await(laterReadsStarted);
                return page(1, 1);
            }
            laterReadsStarted.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException ex) {
                laterReadsCancelled.countDown();
            }
            return page(index, 1);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3)) {
            assertThat(stream.toList()).hasSize(PAGE_SIZE);
        }
        assertThat(laterReadsCancelled.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldRefuseToReadFewerThanOnePageAhead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PrefetchingSpliterator.stream((index) -> page(index, 1), this.executor, 0))
                .withMessageContaining("at least 1");
    }

    /** Return page {@code index} of a list of {@code fullPages} full pages followed by an empty one. */
    private static Page<Integer> page(int index, int fullPages) {
        if (index >= fullPages) {
            return new Page<>(List.of(), true);
        }
        List<Integer> items = IntStream.range(index * PAGE_SIZE, (index + 1) * PAGE_SIZE)
                .boxed()
                .toList();
        return new Page<>(items, false);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
