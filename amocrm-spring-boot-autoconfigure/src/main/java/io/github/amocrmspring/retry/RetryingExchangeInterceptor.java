package io.github.amocrmspring.retry;

import io.github.amocrmspring.client.AmoExchangeInterceptor;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.error.AmoTransportException;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.AmoClientMetrics.RetryReason;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;

/**
 * Sends a request again, with Resilience4j {@link Retry}, when amoCRM's answer says that doing so is safe.
 *
 * <ul>
 * <li>429 (too many requests), any request: amoCRM refused it without applying it. The retry waits as long as
 * {@code Retry-After} or {@code retry_after} asks, or backs off exponentially when neither is given; an answer that
 * asks for more than {@link RetrySettings#maxRetryAfter()} fails at once.
 * <li>502 and 503 (or the configured statuses), and no answer at all, reads (GET) only: sending a read twice
 * changes nothing.
 * <li>Nothing else. In particular an add or update (POST) that got no answer, or a 5xx, is never sent again: amoCRM
 * may have applied it, and a duplicate is worse than an error. A 403 block is never retried either, nor a request
 * whose thread was interrupted (a stream cancelling the reads of pages it no longer needs).
 * </ul>
 * Each retry goes through the rate limiter again, like any request.
 */
public class RetryingExchangeInterceptor implements AmoExchangeInterceptor, Ordered {

    /** Order of this interceptor: outermost, so that each attempt runs every other interceptor again. */
    public static final int ORDER = 0;

    private static final Logger logger = LoggerFactory.getLogger(RetryingExchangeInterceptor.class);

    private final RetrySettings settings;

    private final AmoClientMetrics metrics;

    private final Retry readRetry;

    private final Retry writeRetry;

    /**
     * Create an interceptor.
     * @param settings how to retry
     * @param metrics where to count retries
     */
    public RetryingExchangeInterceptor(RetrySettings settings, AmoClientMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.readRetry = retry("amocrm-read", this::isRetryableRead);
        this.writeRetry = retry("amocrm-write", this::isRetryableWrite);
    }

    @Override
    public AmoResponse intercept(String accountHost, AmoRequest request, Supplier<AmoResponse> exchange) {
        Retry retry = (request.kind() == AmoRequest.Kind.GET) ? this.readRetry : this.writeRetry;
        return retry.executeSupplier(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Return the Resilience4j retry of reads, for its metrics and events. */
    public Retry getReadRetry() {
        return this.readRetry;
    }

    /** Return the Resilience4j retry of writes, for its metrics and events. */
    public Retry getWriteRetry() {
        return this.writeRetry;
    }

    private Retry retry(String name, Predicate<Throwable> retryable) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                this.settings.initialInterval(), this.settings.multiplier(), 0.2, this.settings.maxInterval());
        RetryConfig config = RetryConfig.<AmoResponse>custom()
                .maxAttempts(this.settings.maxAttempts())
                .retryOnException(retryable)
                .intervalBiFunction((Integer attempt, Either<Throwable, AmoResponse> outcome) -> {
                    if (outcome.isLeft()
                            && outcome.getLeft() instanceof AmoRateLimitException rateLimited
                            && rateLimited.getRetryAfter() != null) {
                        return rateLimited.getRetryAfter().toMillis();
                    }
                    return backoff.apply(attempt);
                })
                .build();
        Retry retry = Retry.of(name, config);
        retry.getEventPublisher().onRetry(event -> {
            Throwable failure = event.getLastThrowable();
            this.metrics.retried(reason(failure));
            logger.warn(
                    "Sending again in {} ms (attempt {} of {}): {}",
                    event.getWaitInterval().toMillis(),
                    event.getNumberOfRetryAttempts() + 1,
                    this.settings.maxAttempts(),
                    (failure != null) ? failure.getMessage() : "no failure");
        });
        return retry;
    }

    private boolean isRetryableWrite(Throwable failure) {
        return isRetryableRateLimit(failure);
    }

    private boolean isRetryableRead(Throwable failure) {
        if (failure instanceof AmoAccountBlockedException
                || Thread.currentThread().isInterrupted()) {
            return false;
        }
        if (failure instanceof AmoTransportException) {
            return true;
        }
        if (failure instanceof AmoException amoException
                && this.settings.readRetryStatuses().contains(amoException.getStatus())) {
            return true;
        }
        return isRetryableRateLimit(failure);
    }

    private boolean isRetryableRateLimit(Throwable failure) {
        if (!(failure instanceof AmoRateLimitException rateLimited)
                || Thread.currentThread().isInterrupted()) {
            return false;
        }
        Duration retryAfter = rateLimited.getRetryAfter();
        if (retryAfter != null && retryAfter.compareTo(this.settings.maxRetryAfter()) > 0) {
            logger.warn(
                    "Not sending again: amoCRM asked to wait {} s, more than the {} s allowed by"
                            + " amocrm.retry.max-retry-after: {}",
                    retryAfter.toSeconds(),
                    this.settings.maxRetryAfter().toSeconds(),
                    rateLimited.getMessage());
            return false;
        }
        return true;
    }

    private static RetryReason reason(Throwable failure) {
        if (failure instanceof AmoRateLimitException) {
            return RetryReason.RATE_LIMITED;
        }
        if (failure instanceof AmoTransportException) {
            return RetryReason.CONNECTION;
        }
        return RetryReason.SERVER_ERROR;
    }
}
