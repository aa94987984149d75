package io.github.amocrmspring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrefetchingSpliteratorTests {

    private static final int PAGE_SIZE = 10;

    /** Longer than any first page of these tests takes, so that the second page is never asked for early. */
    private static final Duration FIRST_PAGE_IN_TIME = Duration.ofSeconds(5);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final List<Integer> requested = new CopyOnWriteArrayList<>();

    @AfterEach
    void shutDown() {
        this.executor.shutdownNow();
    }

    private IntFunction<PrefetchingSpliterator.Page<Integer>> pagesOf(int pageSize, int total) {
        return index -> {
            this.requested.add(index);
            List<Integer> items = IntStream.range(index * pageSize, Math.min(total, (index + 1) * pageSize))
                    .boxed()
                    .toList();
            return new PrefetchingSpliterator.Page<>(items, items.size() < pageSize);
        };
    }

    @Test
    void shouldReadEveryPageOnceAndInOrder() {
        try (Stream<Integer> stream =
                PrefetchingSpliterator.stream(pagesOf(3, 14), this.executor, 1, FIRST_PAGE_IN_TIME)) {
            assertThat(stream.toList())
                    .containsExactlyElementsOf(IntStream.range(0, 14).boxed().toList());
        }

        assertThat(this.requested).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldAskForOneMorePageAfterAFullLastPageAndStopOnAnEmptyOne() {
        try (Stream<Integer> stream =
                PrefetchingSpliterator.stream(pagesOf(5, 10), this.executor, 1, FIRST_PAGE_IN_TIME)) {
            assertThat(stream.count()).isEqualTo(10);
        }

        assertThat(this.requested).containsExactly(0, 1, 2);
    }

    @Test
    void shouldReadNothingUntilAnElementIsAsked() throws Exception {
        Stream<Integer> stream = PrefetchingSpliterator.stream(pagesOf(3, 9), this.executor, 1, FIRST_PAGE_IN_TIME);
        Thread.sleep(50);

        assertThat(this.requested).isEmpty();
        assertThat(stream.findFirst()).contains(0);
        stream.close();
    }

    @Test
    void shouldReadOnePageAheadAndNeverMore() throws Exception {
        CountDownLatch secondPageRequested = new CountDownLatch(1);
        IntFunction<PrefetchingSpliterator.Page<Integer>> endless = index -> {
            this.requested.add(index);
            if (index == 1) {
                secondPageRequested.countDown();
            }
            return new PrefetchingSpliterator.Page<>(List.of(index * 2, index * 2 + 1), false);
        };
        try (Stream<Integer> stream = PrefetchingSpliterator.stream(endless, this.executor, 1, FIRST_PAGE_IN_TIME)) {
            Iterator<Integer> iterator = stream.iterator();

            assertThat(iterator.next()).isEqualTo(0);
            assertThat(secondPageRequested.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(this.requested).containsExactly(0, 1);

            assertThat(iterator.next()).isEqualTo(1);
            Thread.sleep(50);
            assertThat(this.requested).containsExactly(0, 1);

            assertThat(iterator.next()).isEqualTo(2);
            Thread.sleep(100);
            assertThat(this.requested).containsExactly(0, 1, 2);
        }
    }

    @Test
    void shouldCancelTheReadInFlightWhenClosed() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        IntFunction<PrefetchingSpliterator.Page<Integer>> slowSecondPage = index -> {
            if (index == 0) {
                return new PrefetchingSpliterator.Page<>(List.of(1), false);
            }
            blocked.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException ex) {
                interrupted.countDown();
            }
            return new PrefetchingSpliterator.Page<>(List.of(), true);
        };
        Stream<Integer> stream = PrefetchingSpliterator.stream(slowSecondPage, this.executor, 1, FIRST_PAGE_IN_TIME);
        assertThat(stream.iterator().next()).isEqualTo(1);
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();

        stream.close();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldRaiseTheFailureOfAPageReadInTheBackground() {
        IntFunction<PrefetchingSpliterator.Page<Integer>> failingSecondPage = index -> {
            if (index == 1) {
                throw new IllegalStateException("page 2 failed");
            }
            return new PrefetchingSpliterator.Page<>(List.of(1, 2), false);
        };

        try (Stream<Integer> stream =
                PrefetchingSpliterator.stream(failingSecondPage, this.executor, 1, FIRST_PAGE_IN_TIME)) {
            assertThatExceptionOfType(IllegalStateException.class)
                    .isThrownBy(stream::toList)
                    .withMessage("page 2 failed");
        }
    }

    @Test
    void shouldHandOverEveryPageOnceAndInOrderWhenReadingSeveralPagesAhead() {
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        IntFunction<PrefetchingSpliterator.Page<Integer>> pages = (index) -> {
            reads.computeIfAbsent(index, (key) -> new AtomicInteger()).incrementAndGet();
            return page(index, 7);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3, FIRST_PAGE_IN_TIME)) {
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
        IntFunction<PrefetchingSpliterator.Page<Integer>> pages = (index) -> {
            if (index == 0) {
                return page(0, 100);
            }
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            threeInFlight.countDown();
            await(threeInFlight);
            inFlight.decrementAndGet();
            return page(index, 100);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3, FIRST_PAGE_IN_TIME)) {
            assertThat(stream.limit(5 * PAGE_SIZE).count()).isEqualTo(5 * PAGE_SIZE);
        }
        assertThat(threeInFlight.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(mostInFlight.get()).isEqualTo(3);
    }

    @Test
    void shouldCancelReadsOfPagesAfterTheLastOne() throws InterruptedException {
        CountDownLatch laterReadsStarted = new CountDownLatch(2);
        CountDownLatch laterReadsCancelled = new CountDownLatch(2);
        IntFunction<PrefetchingSpliterator.Page<Integer>> pages = (index) -> {
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

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 3, FIRST_PAGE_IN_TIME)) {
            assertThat(stream.toList()).hasSize(PAGE_SIZE);
        }
        assertThat(laterReadsCancelled.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldAskForTheSecondPageWhileTheFirstIsSlowToCome() throws Exception {
        CountDownLatch secondPageRequested = new CountDownLatch(1);
        AtomicBoolean secondRequestedDuringFirst = new AtomicBoolean();
        IntFunction<PrefetchingSpliterator.Page<Integer>> pages = index -> {
            this.requested.add(index);
            if (index == 0) {
                await(secondPageRequested);
                secondRequestedDuringFirst.set(secondPageRequested.getCount() == 0);
            } else {
                secondPageRequested.countDown();
            }
            return page(index, 2);
        };

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pages, this.executor, 1, Duration.ofMillis(50))) {
            assertThat(stream.toList()).hasSize(2 * PAGE_SIZE);
        }
        assertThat(secondRequestedDuringFirst).isTrue();
        assertThat(this.requested).startsWith(0, 1).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void shouldNotAskForTheSecondPageOfAListWhoseOnlyPageComesInTime() throws Exception {
        try (Stream<Integer> stream =
                PrefetchingSpliterator.stream(pagesOf(PAGE_SIZE, 4), this.executor, 3, Duration.ofSeconds(2))) {
            assertThat(stream.toList()).containsExactly(0, 1, 2, 3);
        }
        Thread.sleep(300);

        assertThat(this.requested).containsExactly(0);
    }

    @Test
    void shouldRefuseToWaitANegativeTimeForTheFirstPage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PrefetchingSpliterator.stream(
                        (index) -> page(index, 1), this.executor, 1, Duration.ofMillis(-1)))
                .withMessageContaining("must not be negative");
    }

    @Test
    void shouldRefuseToReadFewerThanOnePageAhead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        PrefetchingSpliterator.stream((index) -> page(index, 1), this.executor, 0, FIRST_PAGE_IN_TIME))
                .withMessageContaining("at least 1");
    }

    /** Return page {@code index} of a list of {@code fullPages} full pages followed by an empty one. */
    private static PrefetchingSpliterator.Page<Integer> page(int index, int fullPages) {
        if (index >= fullPages) {
            return new PrefetchingSpliterator.Page<>(List.of(), true);
        }
        List<Integer> items = IntStream.range(index * PAGE_SIZE, (index + 1) * PAGE_SIZE)
                .boxed()
                .toList();
        return new PrefetchingSpliterator.Page<>(items, false);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
