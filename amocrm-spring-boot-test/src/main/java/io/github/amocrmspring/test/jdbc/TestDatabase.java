package io.github.amocrmspring.test.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A database of its own for one test: an isolated schema on a shared server, dropped on {@link #close()}.
 *
 * <p>Several application contexts can share it: {@link #springProperties()} gives the {@code spring.datasource.*}
 * properties that point at the same schema.
 */
public final class TestDatabase implements AutoCloseable {

    private final TestDatabaseKind kind;

    private final String jdbcUrl;

    private final String username;

    private final String password;

    private final Runnable dropAction;

    private HikariDataSource dataSource;

    TestDatabase(TestDatabaseKind kind, String jdbcUrl, String username, String password, Runnable dropAction) {
        this.kind = kind;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.dropAction = dropAction;
    }

    public TestDatabaseKind kind() {
        return this.kind;
    }

    public String jdbcUrl() {
        return this.jdbcUrl;
    }

    public String username() {
        return this.username;
    }

    public String password() {
        return this.password;
    }

    /** Return a pooled {@link DataSource} on this database, created on first use and closed with it. */
    public synchronized DataSource dataSource() {
        if (this.dataSource == null) {
            this.dataSource = newDataSource(config -> {});
        }
        return this.dataSource;
    }

    /** Create another pool on the same database, as a second application instance would; the caller closes it. */
    public HikariDataSource newDataSource(Consumer<HikariConfig> customizer) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(this.jdbcUrl);
        config.setUsername(this.username);
        config.setPassword(this.password);
        config.setMaximumPoolSize(16);
        config.setPoolName("test-" + this.kind.name().toLowerCase());
        customizer.accept(config);
        return new HikariDataSource(config);
    }

    /** Return the {@code spring.datasource.*} properties that point an application context at this database. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", this.jdbcUrl,
                "spring.datasource.username", this.username,
                "spring.datasource.password", this.password);
    }

    @Override
    public synchronized void close() {
        if (this.dataSource != null) {
            this.dataSource.close();
            this.dataSource = null;
        }
        this.dropAction.run();
    }

    @Override
    public String toString() {
        return this.kind + " " + this.jdbcUrl;
    }
}
