package io.github.amocrmspring.test.jdbc;

/** The database servers that tests run on. */
public enum TestDatabaseKind {

    /** An in-memory H2 database, always available. */
    H2("AMOCRM_TEST_H2_URL", null),

    /** A PostgreSQL server. */
    POSTGRESQL("AMOCRM_TEST_POSTGRESQL_URL", "postgres:16-alpine"),

    /** A MariaDB server, standing for MySQL and MariaDB alike. */
    MARIADB("AMOCRM_TEST_MARIADB_URL", "mariadb:11");

    private final String urlVariable;

    private final String containerImage;

    TestDatabaseKind(String urlVariable, String containerImage) {
        this.urlVariable = urlVariable;
        this.containerImage = containerImage;
    }

    /** Return the environment variable (or system property) that names the server's JDBC URL. */
    public String urlVariable() {
        return this.urlVariable;
    }

    String containerImage() {
        return this.containerImage;
    }
}
