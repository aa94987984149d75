package io.github.amocrmspring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.metrics.AmoClientMetrics.RetryReason;
import io.github.amocrmspring.metrics.AmoClientMetrics.TokenRefreshOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerAmoClientMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private final MicrometerAmoClientMetrics metrics = new MicrometerAmoClientMetrics(this.registry);

    @Test
    void shouldTimeRequestsByMethodEndpointAndOutcome() {
        this.metrics.requestCompleted("get", "/api/v2/leads?id=5&limit_rows=500", 200, Duration.ofMillis(20));
        this.metrics.requestCompleted("GET", "/api/v2/leads", 200, Duration.ofMillis(30));
        this.metrics.requestCompleted("POST", "/api/v2/leads", 429, Duration.ofMillis(5));
        this.metrics.requestCompleted("GET", "/api/v2/leads", 0, Duration.ofMillis(5));

        assertThat(this.registry
                        .get("amocrm.requests")
                        .tags("method", "GET", "endpoint", "/api/v2/leads", "outcome", "SUCCESS", "status", "200")
                        .timer()
                        .count())
                .isEqualTo(2);
        assertThat(this.registry
                        .get("amocrm.requests")
                        .tags("method", "POST", "outcome", "RATE_LIMITED")
                        .timer()
                        .count())
                .isOne();
        assertThat(this.registry
                        .get("amocrm.requests")
                        .tags("outcome", "IO_ERROR", "status", "NONE")
                        .timer()
                        .count())
                .isOne();
    }

    @Test
    void shouldLeaveIdsOutOfEndpoint() {
        assertThat(MicrometerAmoClientMetrics.endpoint("/api/v2/catalogs/4211/elements?page=2"))
                .isEqualTo("/api/v2/catalogs/{id}/elements");
        assertThat(MicrometerAmoClientMetrics.endpoint("/api/v2/widgets/3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .isEqualTo("/api/v2/widgets/{id}");
        assertThat(MicrometerAmoClientMetrics.endpoint("/private/api/v2/json/accounts/current"))
                .isEqualTo("/private/api/v2/json/accounts/current");
    }

    @Test
    void shouldRecordWaitsRefreshesRetriesAndBatches() {
        this.metrics.rateLimiterWaited(Duration.ofMillis(140));
        this.metrics.entityGuardWaited(Duration.ofMillis(3));
        this.metrics.tokenRefreshed(TokenRefreshOutcome.SUCCESS);
        this.metrics.tokenRefreshed(TokenRefreshOutcome.FAILURE);
        this.metrics.retried(RetryReason.RATE_LIMITED);
        this.metrics.retried(RetryReason.RATE_LIMITED);
        this.metrics.batchSent(250);
        this.metrics.batchSent(125);

        assertThat(this.registry.get("amocrm.rate-limiter.wait").timer().count())
                .isOne();
        assertThat(this.registry.get("amocrm.entity-guard.wait").timer().count())
                .isOne();
        assertThat(this.registry
                        .get("amocrm.token.refreshes")
                        .tag("outcome", "SUCCESS")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(this.registry
                        .get("amocrm.retries")
                        .tag("reason", "RATE_LIMITED")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(this.registry.get("amocrm.batch.size").summary().totalAmount())
                .isEqualTo(375.0);
    }
}
