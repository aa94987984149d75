package io.github.amocrmspring.integration.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.zaxxer.hikari.HikariDataSource;
import io.github.amocrmspring.ratelimit.ClusterRateLimiter;
import io.github.amocrmspring.ratelimit.JdbcRateLimitBuckets;
import io.github.amocrmspring.ratelimit.RedisRateLimitBuckets;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import io.lettuce.core.RedisClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Several {@link ClusterRateLimiter} instances on one database or Redis server, as several application instances would
 * run: together they take permits at the rate of one bucket, never in bursts.
 */
class ClusterRateLimiterTests {

    private static final Duration PERMIT_INTERVAL = ClusterRateLimiter.permitInterval(7);

    private static final Duration SCHEDULING_TOLERANCE = Duration.ofMillis(150);

    private static final int INSTANCES = 3;

    private static final int THREADS_PER_INSTANCE = 4;

    private static final Duration RUN_TIME = Duration.ofSeconds(8);

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void shouldSpacePermitsOfOneAccountAcrossInstances(TestDatabaseKind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            new JdbcRateLimitBuckets(database.dataSource(), "amocrm_rate_limit").createTable();
            List<HikariDataSource> pools = new ArrayList<>();
            try {
                assertPermitsSpacedAcrossInstances(kind.name(), () -> {
                    HikariDataSource pool = database.newDataSource(config -> config.setMaximumPoolSize(4));
                    pools.add(pool);
                    return new ClusterRateLimiter(
                            new JdbcRateLimitBuckets(pool, "amocrm_rate_limit").proxyManager(),
                            PERMIT_INTERVAL,
                            Duration.ofSeconds(10));
                });
            } finally {
                pools.forEach(HikariDataSource::close);
            }
        }
    }

    @Test
    void shouldSpacePermitsOfOneAccountAcrossInstancesOnRedis() throws Exception {
        String keyPrefix = TestRedis.uniqueKeyPrefix();
        List<RedisClient> clients = new ArrayList<>();
        List<RedisRateLimitBuckets> buckets = new ArrayList<>();
        try {
            assertPermitsSpacedAcrossInstances("REDIS", () -> {
                RedisClient client = RedisClient.create(TestRedis.url());
                clients.add(client);
                RedisRateLimitBuckets instanceBuckets = new RedisRateLimitBuckets(client, keyPrefix);
                buckets.add(instanceBuckets);
                return new ClusterRateLimiter(instanceBuckets.proxyManager(), PERMIT_INTERVAL, Duration.ofSeconds(10));
            });
        } finally {
            buckets.forEach(RedisRateLimitBuckets::close);
            clients.forEach(RedisClient::shutdown);
        }
    }

    /** Run limiters of several instances, each with several threads, and check the permits they got together. */
    private static void assertPermitsSpacedAcrossInstances(String store, Supplier<ClusterRateLimiter> newInstance)
            throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(INSTANCES * THREADS_PER_INSTANCE);
        try {
            ConcurrentLinkedQueue<Long> grants = new ConcurrentLinkedQueue<>();
            List<Future<?>> workers = new ArrayList<>();
            long deadline = System.nanoTime() + RUN_TIME.toNanos();
            for (int instance = 0; instance < INSTANCES; instance++) {
                ClusterRateLimiter limiter = newInstance.get();
                for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                    workers.add(executor.submit(() -> {
                        while (System.nanoTime() < deadline) {
                            limiter.acquire("acme.amocrm.ru");
                            grants.add(System.nanoTime());
                        }
                    }));
                }
            }
            for (Future<?> worker : workers) {
                worker.get(RUN_TIME.toSeconds() + 30, TimeUnit.SECONDS);
            }

            List<Long> times = new ArrayList<>(grants);
            Collections.sort(times);
            System.out.printf(
                    "%s: %d permits, %.2f per second, eight permits span at least %s%n",
                    store, times.size(), rate(times), shortestSpanOfEight(times));
            // permits are granted at least one interval apart; the threads that took them may wake up late by a
            // scheduling delay, which only the fake server test (real requests, strict window) may not tolerate
            assertThat(shortestSpanOfEight(times))
                    .isGreaterThan(PERMIT_INTERVAL.multipliedBy(7).minus(SCHEDULING_TOLERANCE));
            double idealRate = 1e9 / PERMIT_INTERVAL.toNanos();
            assertThat(rate(times)).isBetween(idealRate * 0.9, idealRate * 1.01);
        } finally {
            executor.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void shouldKeepAccountsApart(TestDatabaseKind kind) {
        try (TestDatabase database = TestDatabases.create(kind)) {
            JdbcRateLimitBuckets buckets = new JdbcRateLimitBuckets(database.dataSource(), "amocrm_rate_limit");
            buckets.createTable();
            ClusterRateLimiter limiter =
                    new ClusterRateLimiter(buckets.proxyManager(), Duration.ofSeconds(5), Duration.ofMillis(1));

            limiter.acquire("acme.amocrm.ru");
            limiter.acquire("other.amocrm.ru");

            assertThatExceptionOfType(RuntimeException.class)
                    .isThrownBy(() -> limiter.acquire("acme.amocrm.ru"))
                    .withMessageContaining("acme.amocrm.ru");
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "MARIADB"})
    void shouldLeaveUnusedPermitThatArrivesLate(TestDatabaseKind kind) throws Exception {
        try (TestDatabase database = TestDatabases.create(kind)) {
            SlowCommits slowCommits = new SlowCommits(database.dataSource(), Duration.ofMillis(100));
            JdbcRateLimitBuckets buckets = new JdbcRateLimitBuckets(slowCommits, "amocrm_rate_limit");
            buckets.createTable();
            ClusterRateLimiter limiter =
                    new ClusterRateLimiter(buckets.proxyManager(), PERMIT_INTERVAL, Duration.ofSeconds(5));
            limiter.acquire("acme.amocrm.ru");

            slowCommits.slowDownNext(1);
            int commitsBefore = slowCommits.commits();
            limiter.acquire("acme.amocrm.ru");

            // the permit whose commit took 100 ms is left unused and another one is taken: one commit would mean
            // the late permit was used
            assertThat(slowCommits.commits() - commitsBefore).isGreaterThanOrEqualTo(2);
        }
    }

    private static double rate(List<Long> sortedTimes) {
        return (sortedTimes.size() - 1) * 1e9 / (sortedTimes.get(sortedTimes.size() - 1) - sortedTimes.get(0));
    }

    private static Duration shortestSpanOfEight(List<Long> sortedTimes) {
        long shortest = Long.MAX_VALUE;
        for (int i = 0; i + 7 < sortedTimes.size(); i++) {
            shortest = Math.min(shortest, sortedTimes.get(i + 7) - sortedTimes.get(i));
        }
        return Duration.ofNanos(shortest);
    }

    /** A data source whose next few commits take longer, as on a busy database server. */
    private static final class SlowCommits extends DelegatingDataSource {

        private final Duration commitTime;

        private final AtomicInteger slowCommitsLeft = new AtomicInteger();

        private final AtomicInteger commits = new AtomicInteger();

        SlowCommits(DataSource dataSource, Duration commitTime) {
            super(dataSource);
            this.commitTime = commitTime;
        }

        void slowDownNext(int count) {
            this.slowCommitsLeft.set(count);
        }

        int commits() {
            return this.commits.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("commit")) {
                            this.commits.incrementAndGet();
                            if (this.slowCommitsLeft.getAndDecrement() > 0) {
                                Thread.sleep(this.commitTime.toMillis());
                            }
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException ex) {
                            throw ex.getCause();
                        }
                    });
        }
    }
}
