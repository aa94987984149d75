package io.github.amocrmspring.integration.guard;

import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creates the entity guard's lock table in a test database. */
final class LockTable {

    private LockTable() {}

    static void create(TestDatabase database) {
        String engine = (database.kind() == TestDatabaseKind.MARIADB) ? " ENGINE = InnoDB" : "";
        new JdbcTemplate(database.dataSource())
                .execute("CREATE TABLE IF NOT EXISTS amocrm_lock (account_host VARCHAR(255) NOT NULL,"
                        + " entity_type VARCHAR(32) NOT NULL, entity_id BIGINT NOT NULL, created_at BIGINT NOT NULL,"
                        + " PRIMARY KEY (account_host, entity_type, entity_id))" + engine);
    }
}
