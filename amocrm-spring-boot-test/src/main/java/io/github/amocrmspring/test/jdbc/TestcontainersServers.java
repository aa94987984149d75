package io.github.amocrmspring.test.jdbc;

import java.util.EnumMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Database servers started through Testcontainers, one per kind and per JVM, when a Docker engine answers. */
final class TestcontainersServers {

    private static final Map<TestDatabaseKind, JdbcDatabaseContainer<?>> containers =
            new EnumMap<>(TestDatabaseKind.class);

    private TestcontainersServers() {}

    /** Return whether a Docker engine answers; call only when Testcontainers is on the class path. */
    static boolean isAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    static synchronized TestDatabases.ServerCoordinates start(TestDatabaseKind kind) {
        JdbcDatabaseContainer<?> container = containers.computeIfAbsent(kind, TestcontainersServers::newContainer);
        if (!container.isRunning()) {
            container.start();
        }
        String username = (kind == TestDatabaseKind.MARIADB) ? "root" : container.getUsername();
        return new TestDatabases.ServerCoordinates(container.getJdbcUrl(), username, container.getPassword());
    }

    private static JdbcDatabaseContainer<?> newContainer(TestDatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgreSQLContainer(kind.containerImage());
            case MARIADB -> new MariaDBContainer(kind.containerImage());
            case H2 -> throw new IllegalArgumentException("H2 runs in memory, not in a container");
        };
    }
}
