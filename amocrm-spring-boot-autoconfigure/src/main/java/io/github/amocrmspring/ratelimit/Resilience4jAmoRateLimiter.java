package io.github.amocrmspring.ratelimit;

import io.github.amocrmspring.error.AmoRateLimiterTimeoutException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An {@link AmoRateLimiter} for one application instance: a Resilience4j {@link RateLimiter} per account host.
 *
 * <p>Each limiter hands out one permit per interval, where the interval is the inverse of the configured rate made
 * 5% longer, so that network jitter cannot squeeze an eighth request into one second as amoCRM measures it.
 * Resilience4j counts permits per refresh period, so two permits of adjacent periods can fall close together after
 * an idle spell; a per-account spacing keeps consecutive requests at least one interval apart as well, which is what
 * a strict sliding one-second window on the server needs.
 */
public class Resilience4jAmoRateLimiter implements AmoRateLimiter {

    private static final double SAFETY_FACTOR = 1.05;

    private final RateLimiterRegistry registry;

    private final Duration timeout;

    private final long intervalNanos;

    private final Map<String, AtomicLong> nextSendTimes = new ConcurrentHashMap<>();

    /**
     * Create a limiter.
     * @param requestsPerSecond the rate to keep each account under
     * @param timeout how long a request may wait for a permit before it fails
     */
    public Resilience4jAmoRateLimiter(double requestsPerSecond, Duration timeout) {
        if (requestsPerSecond <= 0) {
            throw new IllegalArgumentException("Requests per second must be positive, not " + requestsPerSecond);
        }
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) * SAFETY_FACTOR / requestsPerSecond);
        this.timeout = timeout;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(this.intervalNanos))
                .timeoutDuration(timeout)
                .build());
    }

    @Override
    public void acquire(String accountHost) {
        RateLimiter rateLimiter = this.registry.rateLimiter(accountHost);
        if (!rateLimiter.acquirePermission()) {
            throw new AmoRateLimiterTimeoutException(
                    "No request permit for account " + accountHost + " within " + this.timeout.toMillis()
                            + " ms; more requests are queued for it than its rate allows",
                    accountHost);
        }
        awaitSpacing(accountHost);
    }

    /** Return the Resilience4j registry holding one limiter per account host, for metrics. */
    public RateLimiterRegistry getRegistry() {
        return this.registry;
    }

    /** Return the minimum time between two requests to one account. */
    public Duration getInterval() {
        return Duration.ofNanos(this.intervalNanos);
    }

    private void awaitSpacing(String accountHost) {
        AtomicLong nextSendTime =
                this.nextSendTimes.computeIfAbsent(accountHost, host -> new AtomicLong(Long.MIN_VALUE));
        long now;
        long slot;
        while (true) {
            now = System.nanoTime();
            long next = nextSendTime.get();
            slot = (next == Long.MIN_VALUE || next - now < 0) ? now : next;
            if (nextSendTime.compareAndSet(next, slot + this.intervalNanos)) {
                break;
            }
        }
        long wait = slot - now;
        while (wait > 0) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AmoRateLimiterTimeoutException(
                        "Interrupted while waiting to send a request to account " + accountHost, accountHost);
            }
            wait = slot - System.nanoTime();
        }
    }
}
