package io.github.amocrmspring.integration.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.ratelimit.ClusterRateLimiter;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Three application instances share one database or Redis server and one account's rate limit
 * ({@code amocrm.rate-limit.scope=cluster}) and send requests from four threads each for 20 seconds: the fake
 * server's strict sliding window never answers 429, and together they reach close to 7 requests per second.
 */
class ClusterRateLimitAgainstFakeServerTests {

    private static final int INSTANCES = 3;

    private static final int THREADS_PER_INSTANCE = 4;

    private static final Duration RUN_TIME = Duration.ofSeconds(20);

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void shouldNeverExceedRateOfAccountAcrossInstances(TestDatabaseKind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
            properties.put("amocrm.rate-limit.scope", "cluster");
            properties.put("amocrm.jdbc.initialize-schema", "always");
            assertRateAcrossInstances(kind.name(), properties);
        }
    }

    @Test
    void shouldNeverExceedRateOfAccountAcrossInstancesSharingRedis() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("amocrm.rate-limit.scope", "cluster");
        properties.put("amocrm.rate-limit.store", "redis");
        properties.put("amocrm.rate-limit.redis-key-prefix", TestRedis.uniqueKeyPrefix());
        properties.put("spring.data.redis.url", TestRedis.url());
        assertRateAcrossInstances("REDIS", properties);
    }

    private static void assertRateAcrossInstances(String store, Map<String, Object> properties) throws Exception {
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        try (AmoFakeServer server =
                AmoFakeServer.builder().violationsBeforeBlock(0).build().start()) {
            for (int i = 0; i < INSTANCES; i++) {
                contexts.add(ProductionApplications.start(server, properties));
            }
            assertThat(contexts.get(0).getBean(AmoRateLimiter.class)).isInstanceOf(ClusterRateLimiter.class);
            for (ConfigurableApplicationContext context : contexts) {
                // the first request of an instance loads classes and opens connections: keep it out of the count
                context.getBean(AmoTemplate.class).get("/api/v2/account");
            }
            double timedBefore = timedRequests(contexts);
            server.journal().clear();

            ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
            List<Future<?>> workers = new ArrayList<>();
            long deadline = System.nanoTime() + RUN_TIME.toNanos();
            for (ConfigurableApplicationContext context : contexts) {
                AmoTemplate template = context.getBean(AmoTemplate.class);
                for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                    workers.add(executor.submit(() -> {
                        while (System.nanoTime() < deadline) {
                            template.get("/api/v2/account");
                            completions.add(System.nanoTime());
                        }
                    }));
                }
            }
            for (Future<?> worker : workers) {
                worker.get(RUN_TIME.toSeconds() + 60, TimeUnit.SECONDS);
            }

            List<Long> times = new ArrayList<>(completions);
            Collections.sort(times);
            double rate = (times.size() - 1) * 1e9 / (times.get(times.size() - 1) - times.get(0));
            System.out.printf(
                    "%s: %d requests from %d instances, %.2f per second, statuses %s%n",
                    store, times.size(), INSTANCES, rate, statusCounts(server));
            assertThat(server.journal().countWithStatus(429)).isZero();
            assertThat(server.journal().countWithStatus(403)).isZero();
            assertThat(rate).isBetween(7 * 0.9, 7 * 1.1);
            assertThat(timedRequests(contexts) - timedBefore)
                    .isEqualTo(server.journal().count());
        } finally {
            executor.shutdownNow();
            contexts.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static double timedRequests(List<ConfigurableApplicationContext> contexts) {
        return contexts.stream()
                .mapToDouble(context -> context.getBean(MeterRegistry.class)
                        .get("amocrm.requests")
                        .tag("endpoint", "/api/v2/account")
                        .timer()
                        .count())
                .sum();
    }

    private static Map<Integer, Long> statusCounts(AmoFakeServer server) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        server.journal().statuses().forEach(status -> counts.merge(status, 1L, Long::sum));
        return counts;
    }
}
