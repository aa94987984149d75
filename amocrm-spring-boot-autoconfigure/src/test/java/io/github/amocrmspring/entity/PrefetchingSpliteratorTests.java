package io.github.amocrmspring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrefetchingSpliteratorTests {

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
        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pagesOf(3, 14), this.executor)) {
            assertThat(stream.toList())
                    .containsExactlyElementsOf(IntStream.range(0, 14).boxed().toList());
        }

        assertThat(this.requested).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void shouldAskForOneMorePageAfterAFullLastPageAndStopOnAnEmptyOne() {
        try (Stream<Integer> stream = PrefetchingSpliterator.stream(pagesOf(5, 10), this.executor)) {
            assertThat(stream.count()).isEqualTo(10);
        }

        assertThat(this.requested).containsExactly(0, 1, 2);
    }

    @Test
    void shouldReadNothingUntilAnElementIsAsked() throws Exception {
        Stream<Integer> stream = PrefetchingSpliterator.stream(pagesOf(3, 9), this.executor);
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
        try (Stream<Integer> stream = PrefetchingSpliterator.stream(endless, this.executor)) {
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
        Stream<Integer> stream = PrefetchingSpliterator.stream(slowSecondPage, this.executor);
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

        try (Stream<Integer> stream = PrefetchingSpliterator.stream(failingSecondPage, this.executor)) {
            assertThatExceptionOfType(IllegalStateException.class)
                    .isThrownBy(stream::toList)
                    .withMessage("page 2 failed");
        }
    }
}
