package io.github.amocrmspring.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class Resilience4jAmoRateLimiterTests {

    @Test
    void shouldNeverLetEightRequestsIntoOneSecondFromManyThreads() throws Exception {
        Resilience4jAmoRateLimiter limiter = new Resilience4jAmoRateLimiter(7, Duration.ofSeconds(10));
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService executor = Executors.newFixedThreadPool(8);
        for (int thread = 0; thread < 8; thread++) {
            executor.submit(() -> {
                for (int i = 0; i < 3; i++) {
                    limiter.acquire("acme.amocrm.ru");
                    times.add(System.nanoTime());
                    limiter.release("acme.amocrm.ru");
                }
            });
        }
        executor.shutdown();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = times.stream().sorted().toList();
        assertThat(sorted).hasSize(24);
        for (int i = 7; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 7)).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        }
    }

    @Test
    void shouldNotMakeOneAccountWaitForAnother() {
        Resilience4jAmoRateLimiter limiter = new Resilience4jAmoRateLimiter(7, Duration.ofSeconds(10));
        for (int i = 0; i < 3; i++) {
            limiter.acquire("busy.amocrm.ru");
        }

        long start = System.nanoTime();
        limiter.acquire("idle.amocrm.ru");

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.MILLISECONDS.toNanos(100));
    }

    @Test
    void shouldHoldBackRequestsThatWouldCrowdOneThatArrivedLate() {
        Resilience4jAmoRateLimiter limiter = new Resilience4jAmoRateLimiter(7, Duration.ofSeconds(10));
        long first = System.nanoTime();
        limiter.acquire("acme.amocrm.ru");
        pause(400);
        limiter.release("acme.amocrm.ru");
        for (int i = 1; i < 7; i++) {
            limiter.acquire("acme.amocrm.ru");
            limiter.release("acme.amocrm.ru");
        }

        limiter.acquire("acme.amocrm.ru");

        assertThat(System.nanoTime() - first).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1350));
    }

    @Test
    void shouldSpaceRequestsSlightlyWiderThanTheRate() {
        Resilience4jAmoRateLimiter limiter = new Resilience4jAmoRateLimiter(7, Duration.ofSeconds(10));

        assertThat(limiter.getInterval()).isBetween(Duration.ofMillis(143), Duration.ofMillis(155));
    }

    @Test
    void shouldRecordAnAnswerWithoutWaitingForTheNextRequestsTurn() throws Exception {
        Resilience4jAmoRateLimiter limiter = new Resilience4jAmoRateLimiter(0.5, Duration.ofSeconds(10));
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        // halfway through the limiter's first period of 2.1 s, so that the next permit comes early in the second
        // one and the next request then waits its turn, one interval after this one
        pause(1000);
        limiter.acquire("acme.amocrm.ru");
        Thread next = new Thread(() -> {
            limiter.acquire("acme.amocrm.ru");
            events.add("next request let through");
        });
        next.start();
        awaitWaitingForTurn(next);

        limiter.release("acme.amocrm.ru");
        events.add("answer recorded");
        next.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(events).containsExactly("answer recorded", "next request let through");
    }

    private static void awaitWaitingForTurn(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.TIMED_WAITING
                || Arrays.stream(thread.getStackTrace())
                        .noneMatch(frame -> frame.getMethodName().equals("admit"))) {
            assertThat(System.nanoTime()).as("waiting for its turn").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
