package io.github.amocrmspring.integration.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Three application instances share one database and one OAuth account whose access token is about to expire; all
 * of them send requests at once, and the token is refreshed once, by one of them, the others using its tokens.
 */
class ProactiveRefreshAcrossInstancesTests {

    private static final String HOST = "beta.amocrm.ru";

    private static final int INSTANCES = 3;

    private static final int THREADS_PER_INSTANCE = 4;

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void shouldRefreshExpiringTokenOnceAcrossInstances(TestDatabaseKind kind) throws Exception {
        ShiftedClock clock = new ShiftedClock();
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        try (TestDatabase database = TestDatabases.create(kind);
                AmoFakeServer server = AmoFakeServer.create().start()) {
            server.addAccount(HOST);
            FakeIntegration integration = server.registerIntegration("http://localhost/callback");
            Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
            properties.put("amocrm.jdbc.initialize-schema", "always");
            properties.put("amocrm.rate-limit.scope", "cluster");
            properties.put("amocrm.oauth.client-id", integration.clientId());
            properties.put("amocrm.oauth.client-secret", integration.clientSecret());
            properties.put("amocrm.oauth.redirect-uri", integration.redirectUri());
            properties.put("amocrm.health.enabled", "true");
            for (int i = 0; i < INSTANCES; i++) {
                contexts.add(ProductionApplications.start(server, properties, Map.of("clock", clock)));
            }
            contexts.get(0)
                    .getBean(AmoTemplate.class)
                    .authorize(HOST, server.issueAuthorizationCode(HOST, integration.clientId()));
            server.journal().clear();

            clock.shift(Duration.ofHours(24).minusMinutes(2));
            CyclicBarrier start = new CyclicBarrier(INSTANCES * THREADS_PER_INSTANCE);
            List<Future<Integer>> requests = new ArrayList<>();
            for (ConfigurableApplicationContext context : contexts) {
                AmoTemplate template = context.getBean(AmoTemplate.class);
                for (int i = 0; i < THREADS_PER_INSTANCE; i++) {
                    requests.add(executor.submit(() -> {
                        start.await();
                        return template.forAccount(HOST).get("/api/v2/account").status();
                    }));
                }
            }
            for (Future<Integer> request : requests) {
                assertThat(request.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }

            assertThat(server.journal().requests("POST", "/oauth2/access_token"))
                    .singleElement()
                    .satisfies(refresh -> assertThat(
                                    refresh.bodyAsJson().path("grant_type").asString())
                            .isEqualTo("refresh_token"));
            assertThat(contexts.stream()
                            .mapToDouble(context -> refreshes(context, "SUCCESS"))
                            .sum())
                    .isEqualTo(1.0);
            Health health = contexts.get(2)
                    .getBean("amocrmHealthIndicator", HealthIndicator.class)
                    .health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails().get("accounts").toString())
                    .contains(HOST)
                    .contains("authorized=true")
                    .contains("expiresAt=");
        } finally {
            executor.shutdownNow();
            contexts.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static double refreshes(ConfigurableApplicationContext context, String outcome) {
        Counter counter = context.getBean(MeterRegistry.class)
                .find("amocrm.token.refreshes")
                .tag("outcome", outcome)
                .counter();
        return (counter != null) ? counter.count() : 0;
    }

    /** The system clock, shifted forward by the test, shared by the instances as their clock. */
    static final class ShiftedClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration shift) {
            this.shift = shift;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(this.shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
