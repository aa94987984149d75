package io.github.amocrmspring.integration.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.zaxxer.hikari.HikariDataSource;
import io.github.amocrmspring.guard.EntityKey;
import io.github.amocrmspring.guard.EntityLockException;
import io.github.amocrmspring.guard.JdbcEntityGuard;
import io.github.amocrmspring.model.EntityType;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class JdbcEntityGuardTests {

    private static final EntityKey LEAD = new EntityKey("acme.amocrm.ru", EntityType.LEAD, 555);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        this.executor.shutdownNow();
        for (int i = this.resources.size() - 1; i >= 0; i--) {
            this.resources.get(i).close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldRunOneActionAtATimeAcrossThreadsAndInstances(TestDatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        JdbcEntityGuard first = guard(pool(database), 2000, Duration.ofMillis(5));
        JdbcEntityGuard second = guard(pool(database), 2000, Duration.ofMillis(5));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        int[] counter = {0};
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            JdbcEntityGuard guard = (thread % 2 == 0) ? first : second;
            futures.add(this.executor.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    guard.runLocked(LEAD, () -> {
                        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                        int seen = counter[0];
                        Thread.yield();
                        counter[0] = seen + 1;
                        running.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(counter[0]).isEqualTo(200);
        assertThat(maxRunning.get()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldFailRatherThanRunUnlockedWhenTheLockStaysTaken(TestDatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        JdbcEntityGuard holderGuard = guard(pool(database), 1, Duration.ZERO);
        JdbcEntityGuard waiterGuard = guard(pool(database), 3, Duration.ofMillis(20));
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> holder = hold(holderGuard, LEAD, finish);
        AtomicBoolean ran = new AtomicBoolean();

        assertThatExceptionOfType(EntityLockException.class)
                .isThrownBy(() -> waiterGuard.runLocked(LEAD, () -> ran.getAndSet(true)))
                .withMessageContaining("lead 555 of account acme.amocrm.ru")
                .withMessageContaining("3 attempt(s)");
        assertThat(ran).isFalse();

        finish.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(waiterGuard.runLocked(LEAD, () -> "free again")).isEqualTo("free again");
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldReleaseTheLockOfAHolderWhoseConnectionDied(TestDatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        HikariDataSource crashingPool = pool(database);
        AtomicReference<Connection> holderConnection = new AtomicReference<>();
        DataSource recording = new DelegatingDataSource(crashingPool) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                holderConnection.set(connection);
                return connection;
            }
        };
        JdbcEntityGuard holderGuard = guard(recording, 1, Duration.ZERO);
        JdbcEntityGuard waiterGuard = guard(pool(database), 200, Duration.ofMillis(25));
        CountDownLatch neverFinished = new CountDownLatch(1);
        hold(holderGuard, LEAD, neverFinished);
        assertThatExceptionOfType(EntityLockException.class)
                .isThrownBy(() -> guard(pool(database), 1, Duration.ZERO).runLocked(LEAD, () -> null));

        Connection physical = holderConnection.get().unwrap(Connection.class);
        physical.abort(Runnable::run);
        if (!physical.isClosed()) {
            physical.close();
        }
        long start = System.nanoTime();
        String result = waiterGuard.runLocked(LEAD, () -> "taken over");

        assertThat(result).isEqualTo("taken over");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        neverFinished.countDown();
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldLockOnlyTheGivenEntityAndLetTheHolderLockItAgain(TestDatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        JdbcEntityGuard holderGuard = guard(pool(database), 1, Duration.ZERO);
        JdbcEntityGuard otherGuard = guard(pool(database), 1, Duration.ZERO);
        CountDownLatch finish = new CountDownLatch(1);
        Future<?> holder = hold(holderGuard, LEAD, finish);

        assertThat(otherGuard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.LEAD, 556), () -> "lead"))
                .isEqualTo("lead");
        assertThat(otherGuard.runLocked(new EntityKey("other.amocrm.ru", EntityType.LEAD, 555), () -> "account"))
                .isEqualTo("account");
        assertThat(otherGuard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.CONTACT, 555), () -> "type"))
                .isEqualTo("type");
        assertThat(otherGuard.runLocked(
                        new EntityKey("acme.amocrm.ru", EntityType.LEAD, 1),
                        () -> otherGuard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.LEAD, 1), () -> "again")))
                .isEqualTo("again");

        finish.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldReleaseTheLockWhenTheActionFails(TestDatabaseKind kind) {
        TestDatabase database = database(kind);
        JdbcEntityGuard guard = guard(pool(database), 1, Duration.ZERO);

        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> guard.runLocked(LEAD, () -> {
                    throw new IllegalStateException("save failed");
                }));

        assertThat(guard(pool(database), 1, Duration.ZERO).runLocked(LEAD, () -> "locked again"))
                .isEqualTo("locked again");
    }

    @ParameterizedTest
    @EnumSource(TestDatabaseKind.class)
    void shouldLockSeveralEntitiesTogether(TestDatabaseKind kind) throws Exception {
        TestDatabase database = database(kind);
        JdbcEntityGuard guard = guard(pool(database), 1, Duration.ZERO);
        EntityKey other = new EntityKey("acme.amocrm.ru", EntityType.LEAD, 777);
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        Future<?> holder = this.executor.submit(() -> guard.runLocked(List.of(other, LEAD), () -> {
            held.countDown();
            await(finish);
            return null;
        }));
        held.await(10, TimeUnit.SECONDS);

        assertThatExceptionOfType(EntityLockException.class)
                .isThrownBy(() -> guard(pool(database), 1, Duration.ZERO).runLocked(other, () -> null));

        finish.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    private Future<?> hold(JdbcEntityGuard guard, EntityKey key, CountDownLatch finish) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        Future<?> holder = this.executor.submit(() -> guard.runLocked(key, () -> {
            held.countDown();
            await(finish);
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    private TestDatabase database(TestDatabaseKind kind) {
        TestDatabase database = TestDatabases.create(kind);
        this.resources.add(database);
        LockTable.create(database);
        return database;
    }

    private HikariDataSource pool(TestDatabase database) {
        HikariDataSource pool = database.newDataSource(config -> config.setMaximumPoolSize(10));
        this.resources.add(pool);
        return pool;
    }

    private static JdbcEntityGuard guard(DataSource dataSource, int attempts, Duration pause) {
        return new JdbcEntityGuard(dataSource, JdbcEntityGuard.DEFAULT_TABLE_NAME, attempts, pause);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
