package io.github.amocrmspring.test.storage;

import io.github.amocrmspring.test.jdbc.TestDatabaseKind;

class JdbcTokenStorageMariaDbConformanceTests extends JdbcTokenStorageConformanceTests {

    @Override
    TestDatabaseKind kind() {
        return TestDatabaseKind.MARIADB;
    }
}
