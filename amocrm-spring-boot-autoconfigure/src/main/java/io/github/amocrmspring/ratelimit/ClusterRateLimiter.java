package io.github.amocrmspring.ratelimit;

import io.github.amocrmspring.error.AmoRateLimiterTimeoutException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;

/**
 * {@link AmoRateLimiter} whose permits are shared by every application instance that uses one database.
 *
 * <p>Each account host has one Bucket4j bucket stored in a table. The bucket holds at most one token and gets it
 * back one permit interval after it was taken, so two permits for one account are never closer than that interval,
 * whichever instance takes them. A burst capacity above one would let a quiet account send several requests at
 * once, which amoCRM's sliding one-second window would count against the next ones.
 *
 * <p>A caller that would wait longer than the configured timeout gets no permit and an exception instead, so a
 * queue that grows faster than the rate allows fails early rather than holding threads.
 */
public class ClusterRateLimiter implements AmoRateLimiter {

    /** Time added to each one-second window of amoCRM to absorb network and scheduling jitter. */
    public static final Duration WINDOW_MARGIN = Duration.ofMillis(60);

    private static final Logger logger = LoggerFactory.getLogger(ClusterRateLimiter.class);

    private final ProxyManager<String> proxyManager;

    private final BucketConfiguration configuration;

    private final Duration timeout;

    private final Duration permitInterval;

    /**
     * Create a limiter on the given buckets.
     * @param proxyManager the Bucket4j proxy manager that stores one bucket per account host
     * @param permitInterval the shortest time between two permits for one account
     * @param timeout the longest time {@link #acquire(String)} waits for a permit
     */
    public ClusterRateLimiter(ProxyManager<String> proxyManager, Duration permitInterval, Duration timeout) {
        Assert.notNull(proxyManager, "'proxyManager' must not be null");
        Assert.isTrue(
                permitInterval != null && !permitInterval.isNegative() && !permitInterval.isZero(),
                "'permitInterval' must be positive");
        Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "'timeout' must be positive");
        this.proxyManager = proxyManager;
        this.permitInterval = permitInterval;
        this.timeout = timeout;
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
        boolean acquired;
        try {
            acquired = this.proxyManager
                    .builder()
                    .build(accountHost, () -> this.configuration)
                    .asBlocking()
                    .tryConsume(1, this.timeout);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AmoRateLimiterTimeoutException(
                    "Interrupted while waiting for a request permit for account " + accountHost, accountHost);
        }
        if (!acquired) {
            logger.debug("No permit for account {} within {}", accountHost, this.timeout);
            throw new AmoRateLimiterTimeoutException(
                    "No request permit for account " + accountHost + " within " + this.timeout.toMillis()
                            + " ms; more requests are queued for it than one every "
                            + this.permitInterval.toMillis() + " ms allows",
                    accountHost);
        }
    }

    /** Return the shortest time between two permits for one account. */
    public Duration getPermitInterval() {
        return this.permitInterval;
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
}
