package io.github.amocrmspring.ratelimit;

import io.github.amocrmspring.error.AmoRateLimiterTimeoutException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An {@link AmoRateLimiter} for one application instance: a Resilience4j {@link RateLimiter} per account host, and a
 * per-account window that keeps what amoCRM sees under its limit.
 *
 * <p>amoCRM refuses the eighth request that reaches an account within any one second, measured when the requests
 * arrive. A request can arrive later than it was sent (a new connection, a pause of the sender), which brings it
 * closer to the requests after it. So a request to an account may start only when:
 * <ol>
 * <li>Resilience4j gives it a permit: one per interval, the inverse of the configured rate made 5% longer;
 * <li>at least one interval has passed since the previous request to the account actually started (Resilience4j
 * counts permits per refresh period, so two permits of adjacent periods can fall close together);
 * <li>at least one second has passed since the request as many places back as the rate allows per second arrived,
 * as far as can be told: its start, or, once it is answered, its answer time less the quickest round trip seen
 * lately, whichever is later. A request that arrived late therefore delays the ones that would crowd it.
 * </ol>
 * Waiting threads are served in order. A request that cannot start within the timeout fails with
 * {@link AmoRateLimiterTimeoutException}.
 */
public class Resilience4jAmoRateLimiter implements AmoRateLimiter {

    private static final double SAFETY_FACTOR = 1.05;

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RateLimiterRegistry registry;

    private final Duration timeout;

    private final long intervalNanos;

    private final int requestsPerWindow;

    private final Map<String, AccountWindow> windows = new ConcurrentHashMap<>();

    private final ThreadLocal<SentRequest> lastPermitted = new ThreadLocal<>();

    /**
     * Create a limiter.
     * @param requestsPerSecond the rate to keep each account under
     * @param timeout how long a request may wait for a permit before it fails
     */
    public Resilience4jAmoRateLimiter(double requestsPerSecond, Duration timeout) {
        if (requestsPerSecond <= 0) {
            throw new IllegalArgumentException("Requests per second must be positive, not " + requestsPerSecond);
        }
        this.intervalNanos = (long) (SECOND * SAFETY_FACTOR / requestsPerSecond);
        this.requestsPerWindow = (int) Math.ceil(requestsPerSecond);
        this.timeout = timeout;
        this.registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(this.intervalNanos))
                .timeoutDuration(timeout)
                .build());
    }

    @Override
    public void acquire(String accountHost) {
        long deadline = System.nanoTime() + this.timeout.toNanos();
        RateLimiter rateLimiter = this.registry.rateLimiter(accountHost);
        if (!rateLimiter.acquirePermission()) {
            throw timedOut(accountHost);
        }
        AccountWindow window = this.windows.computeIfAbsent(accountHost, host -> new AccountWindow());
        this.lastPermitted.set(window.admit(accountHost, deadline));
    }

    @Override
    public void release(String accountHost) {
        SentRequest request = this.lastPermitted.get();
        if (request != null) {
            this.lastPermitted.remove();
            AccountWindow window = this.windows.get(accountHost);
            if (window != null) {
                window.complete(request);
            }
        }
    }

    /** Return the Resilience4j registry holding one limiter per account host, for metrics. */
    public RateLimiterRegistry getRegistry() {
        return this.registry;
    }

    /** Return the minimum time between two requests to one account. */
    public Duration getInterval() {
        return Duration.ofNanos(this.intervalNanos);
    }

    private AmoRateLimiterTimeoutException timedOut(String accountHost) {
        return new AmoRateLimiterTimeoutException(
                "No request permit for account " + accountHost + " within " + this.timeout.toMillis()
                        + " ms; more requests are queued for it than its rate allows",
                accountHost);
    }

    /** A request that was let through: when it started and, once known, when it was answered. */
    private static final class SentRequest {

        final long startedAt;

        volatile long answeredAt;

        volatile boolean answered;

        SentRequest(long startedAt) {
            this.startedAt = startedAt;
        }
    }

    /**
     * The recent requests to one account and the lock that orders the requests waiting to follow them. The first
     * waiting request holds the lock while it sleeps, so answers are recorded without it: an answer must never wait
     * for the next request's turn.
     */
    private final class AccountWindow {

        private final ReentrantLock lock = new ReentrantLock(true);

        private final ArrayDeque<SentRequest> recent = new ArrayDeque<>();

        private final RoundTrips roundTrips = new RoundTrips();

        private long lastStart;

        private boolean started;

        SentRequest admit(String accountHost, long deadline) {
            this.lock.lock();
            try {
                long wait = earliestStart() - System.nanoTime();
                while (wait > 0) {
                    if (System.nanoTime() + wait - deadline > 0) {
                        throw timedOut(accountHost);
                    }
                    LockSupport.parkNanos(wait);
                    if (Thread.interrupted()) {
                        Thread.currentThread().interrupt();
                        throw new AmoRateLimiterTimeoutException(
                                "Interrupted while waiting to send a request to account " + accountHost, accountHost);
                    }
                    wait = earliestStart() - System.nanoTime();
                }
                SentRequest request = new SentRequest(System.nanoTime());
                this.lastStart = request.startedAt;
                this.started = true;
                this.recent.addLast(request);
                if (this.recent.size() > Resilience4jAmoRateLimiter.this.requestsPerWindow) {
                    this.recent.removeFirst();
                }
                return request;
            } finally {
                this.lock.unlock();
            }
        }

        void complete(SentRequest request) {
            long answeredAt = System.nanoTime();
            this.roundTrips.add(answeredAt - request.startedAt);
            request.answeredAt = answeredAt;
            request.answered = true;
        }

        private long earliestStart() {
            if (!this.started) {
                return System.nanoTime();
            }
            long earliest = this.lastStart + Resilience4jAmoRateLimiter.this.intervalNanos;
            if (this.recent.size() == Resilience4jAmoRateLimiter.this.requestsPerWindow) {
                long arrived = latestArrival(this.recent.peekFirst());
                if (arrived + SECOND - earliest > 0) {
                    earliest = arrived + SECOND;
                }
            }
            return earliest;
        }

        private long latestArrival(SentRequest request) {
            if (!request.answered) {
                return request.startedAt;
            }
            long arrival = request.answeredAt - this.roundTrips.quickest();
            return (arrival - request.startedAt > 0) ? arrival : request.startedAt;
        }
    }

    /** The round trips of the latest answers from one account. */
    private static final class RoundTrips {

        private final long[] nanos = new long[32];

        private int next;

        private int size;

        synchronized void add(long roundTripNanos) {
            this.nanos[this.next] = roundTripNanos;
            this.next = (this.next + 1) % this.nanos.length;
            this.size = Math.min(this.size + 1, this.nanos.length);
        }

        synchronized long quickest() {
            return Arrays.stream(this.nanos, 0, this.size).min().orElse(0);
        }
    }
}
