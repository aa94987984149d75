package io.github.amocrmspring.metrics;

import java.time.Duration;

/**
 * Receives what the amoCRM client measures: requests, waits for permits and locks, token refreshes, retries and
 * batch sizes.
 *
 * <p>The client's components report here without depending on a metrics library; {@link MicrometerAmoClientMetrics}
 * turns the reports into Micrometer meters when Micrometer is present, and {@link #NONE} drops them otherwise.
 */
public interface AmoClientMetrics {

    /** Metrics that record nothing. */
    AmoClientMetrics NONE = new AmoClientMetrics() {};

    /**
     * Record one HTTP exchange with amoCRM.
     * @param method the HTTP method, such as {@code GET}
     * @param path the request path, possibly with ids and a query, which are left out of the endpoint tag
     * @param status the HTTP status of the answer, or {@code 0} when no answer arrived
     * @param duration how long the exchange took
     */
    default void requestCompleted(String method, String path, int status, Duration duration) {}

    /**
     * Record how long a request waited for a rate-limit permit.
     * @param wait the time spent waiting
     */
    default void rateLimiterWaited(Duration wait) {}

    /**
     * Record how long a save waited for an entity lock.
     * @param wait the time spent waiting
     */
    default void entityGuardWaited(Duration wait) {}

    /**
     * Record one token refresh.
     * @param outcome how it ended
     */
    default void tokenRefreshed(TokenRefreshOutcome outcome) {}

    /**
     * Record one retry of a request.
     * @param reason why the request is sent again
     */
    default void retried(RetryReason reason) {}

    /**
     * Record the number of entities sent in one batch request.
     * @param size the number of entities
     */
    default void batchSent(int size) {}

    /** How a token refresh ended. */
    enum TokenRefreshOutcome {

        /** New tokens were obtained and stored. */
        SUCCESS,

        /** The refresh failed: amoCRM refused the refresh token, or did not answer. */
        FAILURE
    }

    /** Why a request is sent again. */
    enum RetryReason {

        /** amoCRM answered 429: too many requests. */
        RATE_LIMITED,

        /** amoCRM answered 502 or 503 to a read. */
        SERVER_ERROR,

        /** A read got no answer: the connection failed, dropped or timed out. */
        CONNECTION,

        /** amoCRM answered 504 to a batch, which is sent again in halves. */
        BATCH_SPLIT
    }
}
