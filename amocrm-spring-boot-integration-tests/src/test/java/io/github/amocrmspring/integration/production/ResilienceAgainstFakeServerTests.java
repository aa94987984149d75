package io.github.amocrmspring.integration.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoRateLimitException;
import io.github.amocrmspring.error.AmoTransportException;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each failure amoCRM can answer with, forced on the fake server, ends as {@code docs/resilience.md} says, and no add
 * ever reaches the server twice.
 */
class ResilienceAgainstFakeServerTests {

    private static final String HOST = AmoFakeServer.DEFAULT_ACCOUNT;

    private static AmoFakeServer server;

    private static ConfigurableApplicationContext context;

    private static AmoTemplate template;

    private static MeterRegistry meters;

    @BeforeAll
    static void start() {
        server = AmoFakeServer.create().start();
        context = ProductionApplications.start(
                server, Map.of("amocrm.health.enabled", "true", "amocrm.rate-limit.block-pause", "1h"));
        template = context.getBean(AmoTemplate.class);
        meters = context.getBean(MeterRegistry.class);
    }

    @AfterAll
    static void stop() {
        context.close();
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset();
    }

    @Test
    void shouldRetryReadAfterSeriesOfRateLimitAnswers() {
        double retriesBefore = retries("RATE_LIMITED");
        server.failNext(429, 2);

        assertThat(template.get("/api/v2/account").status()).isEqualTo(200);

        assertThat(statuses("GET", "/api/v2/account")).containsExactly(429, 429, 200);
        assertThat(retries("RATE_LIMITED") - retriesBefore).isEqualTo(2.0);
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsOfRateLimitAnswers() {
        server.failNext(429, 5);

        assertThatExceptionOfType(AmoRateLimitException.class).isThrownBy(() -> template.get("/api/v2/account"));

        assertThat(statuses("GET", "/api/v2/account")).containsExactly(429, 429, 429);
    }

    @Test
    void shouldRetryAddRefusedWithRateLimitOnceWithoutDuplicate() {
        server.failNext(429);

        Lead lead = template.leads().save(new Lead("Rate limited once"));

        assertThat(lead.getId()).isNotNull();
        assertThat(statuses("POST", "/api/v2/leads")).containsExactly(429, 200);
        assertThat(server.defaultAccount().count(EntityType.LEAD)).isOne();
    }

    @Test
    void shouldRetryReadOnBadGatewayAndServiceUnavailable() {
        server.failNext(502).failNext(503);

        assertThat(template.get("/api/v2/account").status()).isEqualTo(200);

        assertThat(statuses("GET", "/api/v2/account")).containsExactly(502, 503, 200);
    }

    @Test
    void shouldNotRepeatAddAnsweredWithBadGateway() {
        server.failNext(502);

        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> template.leads().save(new Lead("Bad gateway")))
                .satisfies(ex -> assertThat(ex.getStatus()).isEqualTo(502));

        assertThat(statuses("POST", "/api/v2/leads")).containsExactly(502);
    }

    @Test
    void shouldRetryReadWhoseConnectionWasDropped() {
        server.dropNext(1);

        assertThat(template.get("/api/v2/account").status()).isEqualTo(200);

        assertThat(statuses("GET", "/api/v2/account")).containsExactly(RecordedRequest.DROPPED, 200);
    }

    @Test
    void shouldNeverRepeatAddWhoseConnectionWasDropped() {
        server.dropNext(1);

        assertThatExceptionOfType(AmoTransportException.class)
                .isThrownBy(() -> template.leads().save(new Lead("Dropped")));

        assertThat(statuses("POST", "/api/v2/leads")).containsExactly(RecordedRequest.DROPPED);
    }

    @Test
    void shouldHalveBatchAnsweredWithGatewayTimeoutAndSaveEachLeadOnce() {
        List<Lead> leads = IntStream.range(0, 10)
                .mapToObj(i -> new Lead("Batch lead " + i))
                .toList();
        server.failNext(504);

        BatchResult<Lead> result = template.leads().saveAll(leads);

        assertThat(result.hasFailures()).isFalse();
        assertThat(result.saved())
                .hasSize(10)
                .allSatisfy(lead -> assertThat(lead.getId()).isNotNull());
        assertThat(statuses("POST", "/api/v2/leads")).containsExactly(504, 200, 200);
        assertThat(addedNames()).hasSize(10).doesNotHaveDuplicates();
        assertThat(server.defaultAccount().count(EntityType.LEAD)).isEqualTo(10);
        assertThat(meters.get("amocrm.batch.size").summary().totalAmount()).isGreaterThanOrEqualTo(20.0);
        assertThat(meters.get("amocrm.retries")
                        .tag("reason", "BATCH_SPLIT")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void shouldTimeWaitForEntityLock() {
        Lead lead = template.leads().save(new Lead("Locked"));
        long before = meters.get("amocrm.entity-guard.wait").timer().count();

        template.leads().update(lead.getId(), changed -> changed.setName("Locked and renamed"));

        assertThat(meters.get("amocrm.entity-guard.wait").timer().count()).isGreaterThan(before);
    }

    @Test
    void shouldStopSendingToBlockedAccountAndReportIt() {
        AmoTemplate blockedTemplate = template;
        server.failNext(403);

        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> blockedTemplate.get("/api/v2/account"))
                .satisfies(ex -> assertThat(ex.getPausedUntil()).isNull());
        int sent = server.journal().count();
        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> blockedTemplate.leads().save(new Lead("Not sent")))
                .satisfies(ex -> assertThat(ex.getPausedUntil()).isNotNull())
                .withMessageContaining(HOST);

        assertThat(server.journal().count()).isEqualTo(sent);
        HealthIndicator health = context.getBean("amocrmHealthIndicator", HealthIndicator.class);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().toString()).contains("blockedUntil");
        context.getBean(AccountBlocks.class).clear(HOST);
    }

    @Test
    void shouldTimeRequestsByEndpointAndOutcome() {
        template.get("/api/v2/account");

        assertThat(meters.get("amocrm.requests")
                        .tags("method", "GET", "endpoint", "/api/v2/account", "outcome", "SUCCESS")
                        .timer()
                        .count())
                .isPositive();
        assertThat(meters.get("amocrm.rate-limiter.wait").timer().count()).isPositive();
        assertThat(meters.get("http.client.requests").timers()).isNotEmpty();
    }

    private static List<Integer> statuses(String method, String path) {
        return server.journal().requests(method, path).stream()
                .map(RecordedRequest::status)
                .toList();
    }

    private static List<String> addedNames() {
        return server.journal().requests("POST", "/api/v2/leads").stream()
                .filter(request -> request.status() == 200)
                .flatMap(request -> request.bodyAsJson().path("add").valueStream())
                .map(item -> item.path("name").asString())
                .toList();
    }

    private static double retries(String reason) {
        var counter = meters.find("amocrm.retries").tag("reason", reason).counter();
        return (counter != null) ? counter.count() : 0;
    }
}
