package io.github.amocrmspring.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.Assert;

/**
 * Remembers which accounts amoCRM has blocked, so that no request is sent to them for a while.
 *
 * <p>amoCRM blocks an account that keeps exceeding its rate and answers every request with 403 until the block
 * ends. Each request sent meanwhile can extend the block, so after a block answer the client stops sending to that
 * account for a configured pause and fails fast instead.
 */
public class AccountBlocks {

    private static final Logger logger = LoggerFactory.getLogger(AccountBlocks.class);

    private final Duration pause;

    private final Clock clock;

    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    /**
     * Create a registry of blocked accounts.
     * @param pause how long no request is sent to an account after amoCRM reported it blocked
     * @param clock the clock that measures the pause
     */
    public AccountBlocks(Duration pause, Clock clock) {
        Assert.isTrue(pause != null && !pause.isNegative(), "'pause' must not be negative");
        Assert.notNull(clock, "'clock' must not be null");
        this.pause = pause;
        this.clock = clock;
    }

    /**
     * Record that amoCRM answered a request to the account with a block.
     * @param accountHost the host of the account
     * @return the time until which no request is sent to the account
     */
    public Instant blocked(String accountHost) {
        Instant until = this.clock.instant().plus(this.pause);
        this.blockedUntil.merge(accountHost, until, (previous, next) -> next.isAfter(previous) ? next : previous);
        logger.warn("amoCRM blocked account {}; no request is sent to it until {}", accountHost, until);
        return until;
    }

    /**
     * Return the time until which the account is paused, if it is paused now.
     * @param accountHost the host of the account
     * @return the end of the pause, or empty when requests may be sent
     */
    public Optional<Instant> pausedUntil(String accountHost) {
        Instant until = this.blockedUntil.get(accountHost);
        if (until == null) {
            return Optional.empty();
        }
        if (!this.clock.instant().isBefore(until)) {
            this.blockedUntil.remove(accountHost, until);
            return Optional.empty();
        }
        return Optional.of(until);
    }

    /**
     * Send requests to the account again at once, for example after amoCRM's support lifted its block.
     * @param accountHost the host of the account
     */
    public void clear(String accountHost) {
        this.blockedUntil.remove(accountHost);
    }

    /** Return how long requests to a blocked account are held back. */
    public Duration getPause() {
        return this.pause;
    }
}
