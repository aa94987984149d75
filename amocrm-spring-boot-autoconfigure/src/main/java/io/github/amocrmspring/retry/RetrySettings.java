package io.github.amocrmspring.retry;

import java.time.Duration;
import java.util.Set;
import org.springframework.util.Assert;

/**
 * How the client retries failed requests.
 *
 * @param maxAttempts the most times one request is sent, the first time included (1 turns retries off)
 * @param initialInterval the wait before the first retry when amoCRM names none
 * @param multiplier the factor by which each further wait grows
 * @param maxInterval the longest wait between two attempts when amoCRM names none
 * @param maxRetryAfter the longest wait amoCRM may ask for with {@code Retry-After} that is still honoured; a 429
 * that asks for longer fails without a retry
 * @param readRetryStatuses the statuses on which reads (GET) are retried
 */
public record RetrySettings(
        int maxAttempts,
        Duration initialInterval,
        double multiplier,
        Duration maxInterval,
        Duration maxRetryAfter,
        Set<Integer> readRetryStatuses) {

    public RetrySettings {
        Assert.isTrue(maxAttempts >= 1, "'maxAttempts' must be at least 1");
        Assert.isTrue(
                initialInterval != null && !initialInterval.isNegative(), "'initialInterval' must not be negative");
        Assert.isTrue(multiplier >= 1.0, "'multiplier' must be at least 1");
        Assert.isTrue(
                maxInterval != null && maxInterval.compareTo(initialInterval) >= 0,
                "'maxInterval' must not be shorter than 'initialInterval'");
        Assert.isTrue(maxRetryAfter != null && !maxRetryAfter.isNegative(), "'maxRetryAfter' must not be negative");
        readRetryStatuses = Set.copyOf(readRetryStatuses);
    }

    /** Return the settings the client uses unless configured otherwise. */
    public static RetrySettings defaults() {
        return new RetrySettings(
                3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), Duration.ofSeconds(30), Set.of(502, 503));
    }
}
