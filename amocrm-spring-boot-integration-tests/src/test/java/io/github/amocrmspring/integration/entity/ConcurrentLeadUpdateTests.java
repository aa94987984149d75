package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.JdbcEntityGuard;
import io.github.amocrmspring.test.AmoFakeServerExtension;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances sharing one database, with four threads each, change one lead 200 times in all through
 * the read-modify-write {@code update}: no change is lost and amoCRM never reports a conflict.
 */
class ConcurrentLeadUpdateTests {

    private static final int CONTEXTS = 2;

    private static final int THREADS_PER_CONTEXT = 4;

    private static final int UPDATES_PER_THREAD = 25;

    @RegisterExtension
    static AmoFakeServerExtension amo = AmoFakeServerExtension.of(
                    AmoFakeServer.builder().requestsPerSecond(0))
            .resetBeforeEachTest();

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldLoseNoUpdateFromEightThreadsInTwoInstances(TestDatabaseKind kind) throws Exception {
        AmoFakeServer server = amo.server();
        long leadId = server.defaultAccount().addLead("Contended");
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(CONTEXTS * THREADS_PER_CONTEXT);
        try (TestDatabase database = TestDatabases.create(kind)) {
            for (int i = 0; i < CONTEXTS; i++) {
                contexts.add(start(server, database));
            }
            assertThat(contexts.get(0).getBean(EntityGuard.class)).isInstanceOf(JdbcEntityGuard.class);
            List<Future<?>> futures = new ArrayList<>();
            for (ConfigurableApplicationContext context : contexts) {
                AmoTemplate template = context.getBean(AmoTemplate.class);
                for (int thread = 0; thread < THREADS_PER_CONTEXT; thread++) {
                    futures.add(executor.submit(() -> {
                        for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                            template.leads().update(leadId, lead -> lead.setSale(sale(lead.getSale()) + 1));
                        }
                    }));
                }
            }
            for (Future<?> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            executor.shutdownNow();
            contexts.forEach(ConfigurableApplicationContext::close);
        }

        int updates = CONTEXTS * THREADS_PER_CONTEXT * UPDATES_PER_THREAD;
        assertThat(server.defaultAccount()
                        .entity(EntityType.LEAD, leadId)
                        .get("sale")
                        .asLong())
                .isEqualTo(updates);
        assertThat(server.journal().requests("POST", "/api/v2/leads")).hasSize(updates);
        assertThat(server.journal().countWithStatus(429)).isZero();
    }

    private static long sale(Long sale) {
        return (sale != null) ? sale : 0;
    }

    private static ConfigurableApplicationContext start(AmoFakeServer server, TestDatabase database) {
        String host = server.defaultAccount().host();
        Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("amocrm.base-url", server.baseUrlTemplate());
        properties.put("amocrm.default-account", host);
        properties.put("amocrm.accounts.acme.host", host);
        properties.put("amocrm.accounts.acme.access-token", server.issueLongLivedToken(host));
        properties.put("amocrm.jdbc.initialize-schema", "always");
        properties.put("amocrm.entity-guard.attempts", "1000");
        properties.put("amocrm.entity-guard.pause", "10ms");
        return new SpringApplicationBuilder(EntityTestApplication.class, UnthrottledRateLimiterConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }
}
