package io.github.amocrmspring.ratelimit;

import io.github.amocrmspring.error.AmoRateLimiterTimeoutException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;

/**
 * {@link AmoRateLimiter} whose permits are shared by every application instance that uses one database or Redis
 * server.
 *
 * <p>Each account host has one Bucket4j bucket, stored in a database table or in Redis. The bucket holds at most one
 * token and gets it back one permit interval after it was taken, so two permits for one account are never closer
 * than that interval, whichever instance takes them. A burst capacity above one would let a quiet account send
 * several requests at once, which amoCRM's sliding one-second window would count against the next ones.
 *
 * <p>A caller reserves the next free slot of the account's schedule and sleeps until it comes. Reserving keeps the
 * slots one interval apart however late a caller asks or wakes up, so the account gets its full rate under load.
 * A caller that wakes up long after its slot (a slow commit, a thread that lost its core) leaves the permit unused
 * and reserves another one: sent that late, its request could land in the same one-second window as seven later
 * ones. Within one instance, callers for one account queue on a fair lock and only the first of them asks the
 * store, so each instance holds at most one slot of the account at a time and adds one contender for its bucket,
 * not one per thread. A caller that gets no permit within the configured timeout gets an exception instead.
 */
public class ClusterRateLimiter implements AmoRateLimiter, AutoCloseable {

    /** Time added to each one-second window of amoCRM to absorb network and scheduling jitter. */
    public static final Duration WINDOW_MARGIN = Duration.ofMillis(70);

    /**
     * Longest delay between a permit's slot and its use. The slot is counted from the moment the caller asked for
     * it, so the time the database took to answer counts as delay too; a request sent later than this could land in
     * the same one-second window as seven later ones, so such a permit is left unused.
     */
    private static final long MAX_PERMIT_DELAY_NANOS = Duration.ofMillis(60).toNanos();

    private static final Logger logger = LoggerFactory.getLogger(ClusterRateLimiter.class);

    private final ProxyManager<String> proxyManager;

    private final BucketConfiguration configuration;

    private final Duration timeout;

    private final Duration permitInterval;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    private final AutoCloseable store;

    /**
     * Create a limiter on the given buckets.
     * @param proxyManager the Bucket4j proxy manager that stores one bucket per account host
     * @param permitInterval the shortest time between two permits for one account
     * @param timeout the longest time {@link #acquire(String)} waits for a permit
     */
    public ClusterRateLimiter(ProxyManager<String> proxyManager, Duration permitInterval, Duration timeout) {
        this(proxyManager, permitInterval, timeout, () -> {});
    }

    /**
     * Create a limiter on the given buckets, closing what stores them when the limiter is closed.
     * @param proxyManager the Bucket4j proxy manager that stores one bucket per account host
     * @param permitInterval the shortest time between two permits for one account
     * @param timeout the longest time {@link #acquire(String)} waits for a permit
     * @param store closed with the limiter, such as the connection the buckets use
     */
    public ClusterRateLimiter(
            ProxyManager<String> proxyManager, Duration permitInterval, Duration timeout, AutoCloseable store) {
        Assert.notNull(proxyManager, "'proxyManager' must not be null");
        Assert.isTrue(
                permitInterval != null && !permitInterval.isNegative() && !permitInterval.isZero(),
                "'permitInterval' must be positive");
        Assert.isTrue(timeout != null && !timeout.isNegative(), "'timeout' must not be negative");
        Assert.notNull(store, "'store' must not be null");
        this.proxyManager = proxyManager;
        this.permitInterval = permitInterval;
        this.timeout = timeout;
        this.store = store;
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(1)
                        .refillGreedy(1, permitInterval)
                        .initialTokens(1)
                        .build())
                .build();
    }

    @Override
    public void acquire(String accountHost) {
        Assert.hasText(accountHost, "'accountHost' must not be empty");
        long deadline = System.nanoTime() + this.timeout.toNanos();
        ReentrantLock turn = this.turns.computeIfAbsent(accountHost, host -> new ReentrantLock(true));
        try {
            if (!turn.tryLock(this.timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(accountHost);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw interrupted(accountHost);
        }
        try {
            takePermit(accountHost, deadline);
        } finally {
            turn.unlock();
        }
    }

    /** Close what stores the buckets. */
    @Override
    public void close() throws Exception {
        this.store.close();
    }

    /** Return the shortest time between two permits for one account. */
    public Duration getPermitInterval() {
        return this.permitInterval;
    }

    private void takePermit(String accountHost, long deadline) {
        Bucket bucket = this.buckets.computeIfAbsent(
                accountHost, host -> this.proxyManager.builder().build(host, () -> this.configuration));
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw timedOut(accountHost);
            }
            SlotWait slotWait = new SlotWait();
            long asked = System.nanoTime();
            try {
                if (!bucket.asBlocking().tryConsume(1, remaining, slotWait)) {
                    throw timedOut(accountHost);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw interrupted(accountHost);
            }
            long delay = System.nanoTime() - asked - slotWait.parkedNanos;
            if (delay <= MAX_PERMIT_DELAY_NANOS) {
                return;
            }
            logger.debug(
                    "Left unused a permit for account {} used {} ms after its slot",
                    accountHost,
                    TimeUnit.NANOSECONDS.toMillis(delay));
        }
    }

    private AmoRateLimiterTimeoutException timedOut(String accountHost) {
        logger.debug("No permit for account {} within {}", accountHost, this.timeout);
        return new AmoRateLimiterTimeoutException(
                "No request permit for account " + accountHost + " within " + this.timeout.toMillis()
                        + " ms; more requests are queued for it than one every " + this.permitInterval.toMillis()
                        + " ms allows",
                accountHost);
    }

    private static AmoRateLimiterTimeoutException interrupted(String accountHost) {
        return new AmoRateLimiterTimeoutException(
                "Interrupted while waiting for a request permit for account " + accountHost, accountHost);
    }

    /**
     * Return the interval between permits that keeps {@code requestsPerSecond} requests within any window of one
     * second plus {@link #WINDOW_MARGIN}.
     * <p>The margin absorbs the jitter between taking a permit and the request reaching amoCRM: with a bare
     * {@code 1 s / 7} spacing the first and the eighth request are exactly one second apart, and any delay of the
     * first one puts eight requests into one of amoCRM's windows.
     * @param requestsPerSecond the most requests amoCRM accepts in one second
     * @return the interval between two permits for one account
     */
    public static Duration permitInterval(double requestsPerSecond) {
        Assert.isTrue(requestsPerSecond > 0, "'requestsPerSecond' must be positive");
        return Duration.ofNanos((long) (WINDOW_MARGIN.plusSeconds(1).toNanos() / requestsPerSecond));
    }

    /** Sleeps until a reserved slot and remembers how long the slot was ahead of the reservation. */
    private static final class SlotWait implements BlockingStrategy {

        private long parkedNanos;

        @Override
        public void park(long nanosToPark) throws InterruptedException {
            this.parkedNanos = nanosToPark;
            BlockingStrategy.PARKING.park(nanosToPark);
        }
    }
}
