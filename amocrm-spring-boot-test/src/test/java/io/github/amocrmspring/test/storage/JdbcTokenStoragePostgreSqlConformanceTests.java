package io.github.amocrmspring.test.storage;

import io.github.amocrmspring.test.jdbc.TestDatabaseKind;

class JdbcTokenStoragePostgreSqlConformanceTests extends JdbcTokenStorageConformanceTests {

    @Override
    TestDatabaseKind kind() {
        return TestDatabaseKind.POSTGRESQL;
    }
}
