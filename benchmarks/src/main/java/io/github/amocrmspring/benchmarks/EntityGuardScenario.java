package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.EntityKey;
import io.github.amocrmspring.model.EntityType;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes and releases the entity guard's lock of one lead at a time, without contention, on H2, PostgreSQL and
 * MariaDB, through the guard the starter configures for a data source.
 *
 * <p>Each round locks one of {@value #LEADS} leads, so that after the warm-up every lock row exists, as it does for
 * the leads an application saves again and again. The time to take the lock runs from the call to the start of the
 * guarded action; the time to release it from the end of the action to the return of the call.
 */
final class EntityGuardScenario implements Scenario {

    static final int WARM_UP_ROUNDS = 300;

    static final int ROUNDS = 2_000;

    static final int LEADS = 100;

    private static final String HOST = "bench.amocrm.ru";

    @Override
    public String name() {
        return "entity-guard";
    }

    @Override
    public void run(Figures figures) {
        for (TestDatabaseKind kind : TestDatabaseKind.values()) {
            try {
                figures.entityGuard(measure(kind));
            } catch (RuntimeException ex) {
                figures.notRun(name() + " on " + kind, ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
    }

    private GuardLatencyResult measure(TestDatabaseKind kind) {
        try (TestDatabase database = TestDatabases.create(kind);
                StarterClient client =
                        StarterClient.start("http://127.0.0.1:9/{host}", HOST, "not-used", properties(database))) {
            EntityGuard guard = client.bean(EntityGuard.class);
            Samples lock = new Samples(ROUNDS);
            Samples release = new Samples(ROUNDS);
            for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                EntityKey key = new EntityKey(HOST, EntityType.LEAD, 1 + round % LEADS);
                long[] actionTimes = new long[2];
                long called = System.nanoTime();
                guard.runLocked(key, () -> {
                    actionTimes[0] = System.nanoTime();
                    actionTimes[1] = System.nanoTime();
                    return null;
                });
                long returned = System.nanoTime();
                if (round >= WARM_UP_ROUNDS) {
                    lock.add(actionTimes[0] - called);
                    release.add(returned - actionTimes[1]);
                }
            }
            BenchmarkSuite.progress(
                    "entity guard on %s: lock median %.0f µs, release median %.0f µs",
                    kind, lock.percentileMicros(50), release.percentileMicros(50));
            return new GuardLatencyResult(
                    describe(database),
                    ROUNDS,
                    lock.percentileMicros(50),
                    lock.percentileMicros(99),
                    release.percentileMicros(50),
                    release.percentileMicros(99));
        }
    }

    private static String describe(TestDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
        } catch (SQLException ex) {
            return database.kind().name();
        }
    }

    private static Map<String, Object> properties(TestDatabase database) {
        Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("amocrm.jdbc.initialize-schema", "always");
        properties.put("amocrm.entity-guard.enabled", "true");
        return properties;
    }
}
