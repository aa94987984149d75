package io.github.amocrmspring.test.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The one place where tests get a database.
 *
 * <p>A server is found in this order:
 * <ol>
 * <li>a JDBC URL in the environment or a system property ({@code AMOCRM_TEST_POSTGRESQL_URL},
 * {@code AMOCRM_TEST_MARIADB_URL}, with {@code _USER} and {@code _PASSWORD} beside them), as {@code .ci/run} sets;
 * <li>a Testcontainers container, when Testcontainers is on the class path and a Docker engine answers;
 * <li>otherwise a failure that says how to provide one. A database test never skips itself.
 * </ol>
 * Each call creates a fresh schema (PostgreSQL) or database (MariaDB), so tests never see each other's tables.
 */
public final class TestDatabases {

    private static final Logger logger = LoggerFactory.getLogger(TestDatabases.class);

    private TestDatabases() {}

    /** Create an isolated database of the given kind. */
    public static TestDatabase create(TestDatabaseKind kind) {
        return switch (kind) {
            case H2 -> h2();
            case POSTGRESQL -> postgresql();
            case MARIADB -> mariadb();
        };
    }

    /** Create an isolated in-memory H2 database. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1";
        return new TestDatabase(TestDatabaseKind.H2, url, "sa", "", () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    /** Create an isolated schema on the PostgreSQL server. */
    public static TestDatabase postgresql() {
        ServerCoordinates server = locate(TestDatabaseKind.POSTGRESQL);
        String schema = uniqueName();
        execute(server.url(), server.username(), server.password(), "CREATE SCHEMA " + schema);
        String url = withParameter(server.url(), "currentSchema=" + schema);
        return new TestDatabase(
                TestDatabaseKind.POSTGRESQL,
                url,
                server.username(),
                server.password(),
                () -> execute(
                        server.url(),
                        server.username(),
                        server.password(),
                        "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    /** Create an isolated database on the MariaDB server. */
    public static TestDatabase mariadb() {
        ServerCoordinates server = locate(TestDatabaseKind.MARIADB);
        String database = uniqueName();
        execute(server.url(), server.username(), server.password(), "CREATE DATABASE " + database);
        String url = replaceDatabase(server.url(), database);
        return new TestDatabase(
                TestDatabaseKind.MARIADB,
                url,
                server.username(),
                server.password(),
                () -> execute(
                        server.url(), server.username(), server.password(), "DROP DATABASE IF EXISTS " + database));
    }

    private static ServerCoordinates locate(TestDatabaseKind kind) {
        String url = setting(kind.urlVariable());
        if (url != null) {
            String username = setting(kind.urlVariable().replace("_URL", "_USER"));
            String password = setting(kind.urlVariable().replace("_URL", "_PASSWORD"));
            return new ServerCoordinates(url, username, (password != null) ? password : "");
        }
        if (isTestcontainersPresent() && TestcontainersServers.isAvailable()) {
            logger.debug("No {} given; starting a Testcontainers container", kind.urlVariable());
            return TestcontainersServers.start(kind);
        }
        throw new IllegalStateException("No " + kind + " server for tests: set " + kind.urlVariable()
                + " (and " + kind.urlVariable().replace("_URL", "_USER") + ", "
                + kind.urlVariable().replace("_URL", "_PASSWORD") + ") to a JDBC URL of a server the tests may"
                + " create schemas on, as .ci/run does, or start a Docker engine so that Testcontainers can run one");
    }

    private static boolean isTestcontainersPresent() {
        return ClassUtils.isPresent("org.testcontainers.DockerClientFactory", TestDatabases.class.getClassLoader())
                && ClassUtils.isPresent(
                        "org.testcontainers.postgresql.PostgreSQLContainer", TestDatabases.class.getClassLoader());
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return (value == null || value.isBlank()) ? null : value;
    }

    private static void execute(String url, String username, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
        }
    }

    private static String uniqueName() {
        return "amocrm_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static String replaceDatabase(String url, String database) {
        int schemeEnd = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', schemeEnd);
        int queryStart = url.indexOf('?', schemeEnd);
        String authority =
                url.substring(0, (pathStart >= 0) ? pathStart : (queryStart >= 0) ? queryStart : url.length());
        String query = (queryStart >= 0) ? url.substring(queryStart) : "";
        return authority + "/" + database + query;
    }

    record ServerCoordinates(String url, String username, String password) {}
}
