package io.github.amocrmspring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.error.AmoTransportException;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.AmoClientMetrics.RetryReason;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.node.MissingNode;

class RetryingExchangeInterceptorTests {

    private static final String HOST = "acme.amocrm.ru";

    private static final AmoRequest READ = AmoRequest.get("/api/v2/leads");

    private static final AmoRequest ADD = AmoRequest.post("/api/v2/leads", Map.of("add", List.of()));

    private final List<RetryReason> retries = new ArrayList<>();

    private final RetryingExchangeInterceptor interceptor = new RetryingExchangeInterceptor(
            new RetrySettings(
                    3, Duration.ofMillis(1), 2.0, Duration.ofMillis(5), Duration.ofSeconds(1), Set.of(502, 503)),
            new AmoClientMetrics() {

                @Override
                public void retried(RetryReason reason) {
                    RetryingExchangeInterceptorTests.this.retries.add(reason);
                }
            });

    @Test
    void shouldRetryReadOnRateLimitUntilItSucceeds() {
        ScriptedExchange exchange = new ScriptedExchange(rateLimited(Duration.ZERO), rateLimited(null));

        AmoResponse response = this.interceptor.intercept(HOST, READ, exchange);

        assertThat(response.status()).isEqualTo(200);
        assertThat(exchange.calls).isEqualTo(3);
        assertThat(this.retries).containsExactly(RetryReason.RATE_LIMITED, RetryReason.RATE_LIMITED);
    }

    @Test
    void shouldRetryAddOnRateLimitBecauseAmoCrmDidNotApplyIt() {
        ScriptedExchange exchange = new ScriptedExchange(rateLimited(null));

        assertThat(this.interceptor.intercept(HOST, ADD, exchange).status()).isEqualTo(200);
        assertThat(exchange.calls).isEqualTo(2);
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsWithTheLastRateLimitException() {
        ScriptedExchange exchange =
                new ScriptedExchange(rateLimited(null), rateLimited(null), rateLimited(null), rateLimited(null));

        assertThatExceptionOfType(AmoRateLimitException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, READ, exchange));
        assertThat(exchange.calls).isEqualTo(3);
    }

    @Test
    void shouldHonourRetryAfter() {
        ScriptedExchange exchange = new ScriptedExchange(rateLimited(Duration.ofMillis(300)));
        long start = System.nanoTime();

        this.interceptor.intercept(HOST, READ, exchange);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldNotRetryWhenRetryAfterIsLongerThanAllowed() {
        ScriptedExchange exchange = new ScriptedExchange(rateLimited(Duration.ofSeconds(300)));

        assertThatExceptionOfType(AmoRateLimitException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, READ, exchange));
        assertThat(exchange.calls).isEqualTo(1);
    }

    @Test
    void shouldRetryReadOnBadGatewayAndServiceUnavailable() {
        ScriptedExchange exchange = new ScriptedExchange(status(502), status(503));

        assertThat(this.interceptor.intercept(HOST, READ, exchange).status()).isEqualTo(200);
        assertThat(this.retries).containsExactly(RetryReason.SERVER_ERROR, RetryReason.SERVER_ERROR);
    }

    @Test
    void shouldNotRetryAddOnBadGateway() {
        ScriptedExchange exchange = new ScriptedExchange(status(502));

        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, ADD, exchange));
        assertThat(exchange.calls).isEqualTo(1);
    }

    @Test
    void shouldRetryReadThatGotNoAnswer() {
        ScriptedExchange exchange = new ScriptedExchange(noAnswer());

        assertThat(this.interceptor.intercept(HOST, READ, exchange).status()).isEqualTo(200);
        assertThat(this.retries).containsExactly(RetryReason.CONNECTION);
    }

    @Test
    void shouldNeverRepeatAnAddThatGotNoAnswer() {
        ScriptedExchange exchange = new ScriptedExchange(noAnswer());

        assertThatExceptionOfType(AmoTransportException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, ADD, exchange));
        assertThat(exchange.calls).isEqualTo(1);
        assertThat(this.retries).isEmpty();
    }

    @Test
    void shouldNotRetryReadWhoseThreadWasInterrupted() {
        ScriptedExchange exchange = new ScriptedExchange(noAnswer()) {

            @Override
            public AmoResponse get() {
                Thread.currentThread().interrupt();
                return super.get();
            }
        };

        try {
            assertThatExceptionOfType(AmoTransportException.class)
                    .isThrownBy(() -> this.interceptor.intercept(HOST, READ, exchange));
            assertThat(exchange.calls).isEqualTo(1);
            assertThat(this.retries).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void shouldNotRetryBlockedAccount() {
        ScriptedExchange exchange =
                new ScriptedExchange(new AmoAccountBlockedException(HOST, "GET", "/api/v2/leads", List.of(403), null));

        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, READ, exchange));
        assertThat(exchange.calls).isEqualTo(1);
    }

    @Test
    void shouldNotRetryOtherClientErrors() {
        ScriptedExchange exchange = new ScriptedExchange(status(400));

        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> this.interceptor.intercept(HOST, READ, exchange));
        assertThat(exchange.calls).isEqualTo(1);
    }

    private static AmoRateLimitException rateLimited(Duration retryAfter) {
        return new AmoRateLimitException(HOST, "GET", "/api/v2/leads", List.of(), null, retryAfter);
    }

    private static AmoApiException status(int status) {
        return AmoApiException.of(HOST, "GET", "/api/v2/leads", status, List.of(), null);
    }

    private static AmoTransportException noAnswer() {
        return new AmoTransportException(
                "No answer", HOST, "/api/v2/leads", false, new IOException("Connection reset"));
    }

    /** Fails with the given exceptions in turn, then answers 200. */
    static class ScriptedExchange implements Supplier<AmoResponse> {

        private final Deque<AmoException> failures;

        int calls;

        ScriptedExchange(AmoException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public AmoResponse get() {
            this.calls++;
            AmoException failure = this.failures.poll();
            if (failure != null) {
                throw failure;
            }
            return new AmoResponse(200, new HttpHeaders(), MissingNode.getInstance());
        }
    }
}
