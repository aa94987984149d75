package io.github.amocrmspring.integration.guard;

import io.github.amocrmspring.test.jdbc.TestDatabase;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Creates the starter's tables, the entity guard's lock table among them, with the shipped schema scripts. */
final class LockTable {

    private LockTable() {}

    static void create(TestDatabase database) {
        String platform = switch (database.kind()) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mysql";
        };
        new ResourceDatabasePopulator(
                        new ClassPathResource("io/github/amocrmspring/storage/schema-" + platform + ".sql"))
                .execute(database.dataSource());
    }
}
