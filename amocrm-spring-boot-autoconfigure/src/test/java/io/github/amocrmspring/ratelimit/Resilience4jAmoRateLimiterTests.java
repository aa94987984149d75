package io.github.amocrmspring.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
