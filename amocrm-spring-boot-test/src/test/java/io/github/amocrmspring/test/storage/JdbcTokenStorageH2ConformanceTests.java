package io.github.amocrmspring.test.storage;

import io.github.amocrmspring.test.jdbc.TestDatabaseKind;

class JdbcTokenStorageH2ConformanceTests extends JdbcTokenStorageConformanceTests {

    @Override
    TestDatabaseKind kind() {
        return TestDatabaseKind.H2;
    }
}
