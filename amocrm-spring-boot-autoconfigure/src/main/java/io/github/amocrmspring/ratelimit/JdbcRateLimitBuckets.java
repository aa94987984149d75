package io.github.amocrmspring.ratelimit;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.util.Assert;
import org.springframework.util.StreamUtils;

/**
 * The table of rate-limit buckets in an application's database, one row per account host.
 *
 * <p>PostgreSQL, MySQL and MariaDB are supported, through {@code SELECT ... FOR UPDATE} proxy managers: each
 * permit is one short transaction that locks the account's row, so instances on one database take turns.
 * PostgreSQL uses Bucket4j's own; MySQL and MariaDB use {@link MySqlSelectForUpdateProxyManager}, which avoids a
 * deadlock of Bucket4j's MySQL module when several instances create an account's row at once.
 */
public final class JdbcRateLimitBuckets {

    /** Name of the table unless another is configured. */
    public static final String DEFAULT_TABLE_NAME = "amocrm_rate_limit";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;

    private final String tableName;

    private final Platform platform;

    /**
     * Create the buckets for the given database.
     * @param dataSource the application's database
     * @param tableName the table that holds the buckets
     * @throws IllegalStateException if the database is not one that cluster rate limiting supports
     */
    public JdbcRateLimitBuckets(DataSource dataSource, String tableName) {
        Assert.notNull(dataSource, "'dataSource' must not be null");
        Assert.isTrue(
                tableName != null && TABLE_NAME.matcher(tableName).matches(),
                () -> "Rate-limit table name '" + tableName + "' is not a plain SQL identifier");
        this.dataSource = dataSource;
        this.tableName = tableName;
        this.platform = Platform.of(dataSource);
    }

    /** Return a proxy manager that keeps one bucket per account host in the table. */
    public ProxyManager<String> proxyManager() {
        return switch (this.platform) {
            case POSTGRESQL -> PostgreSql.proxyManager(this.dataSource, this.tableName);
            case MYSQL, MARIADB ->
                new MySqlSelectForUpdateProxyManager(this.dataSource, this.tableName, ClientSideConfig.getDefault());
        };
    }

    /** Create the table unless it exists. */
    public void createTable() {
        String script = this.platform.schemaScript().replace(DEFAULT_TABLE_NAME, this.tableName);
        ResourceDatabasePopulator populator =
                new ResourceDatabasePopulator(new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        populator.execute(this.dataSource);
    }

    /** Return the database platform: {@code postgresql}, {@code mysql} or {@code mariadb}. */
    public String platform() {
        return this.platform.name().toLowerCase(Locale.ROOT);
    }

    /** Return the table that holds the buckets. */
    public String tableName() {
        return this.tableName;
    }

    /**
     * Check that cluster rate limiting supports the given database.
     * @param dataSource the application's database
     * @throws IllegalStateException if it is not PostgreSQL, MySQL or MariaDB
     */
    public static void checkSupported(DataSource dataSource) {
        Platform.of(dataSource);
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not read which database the application uses for the shared rate limit", ex);
        }
    }

    /** Keeps Bucket4j's PostgreSQL module, an optional dependency, out of the way of MySQL applications. */
    private static final class PostgreSql {

        static ProxyManager<String> proxyManager(DataSource dataSource, String tableName) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(tableName)
                    .build();
        }
    }

    private enum Platform {
        POSTGRESQL,
        MYSQL,
        MARIADB;

        static Platform of(DataSource dataSource) {
            String productName = productName(dataSource);
            Platform platform = find(productName);
            if (platform == null) {
                throw new IllegalStateException("amocrm.rate-limit.scope=cluster shares the rate limit through"
                        + " PostgreSQL, MySQL or MariaDB, but the application's database is " + productName
                        + "; use amocrm.rate-limit.scope=instance or one of those databases");
            }
            return platform;
        }

        static Platform find(String productName) {
            String name = (productName != null) ? productName.toLowerCase(Locale.ROOT) : "";
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (name.contains("mariadb")) {
                return MARIADB;
            }
            if (name.contains("mysql")) {
                return MYSQL;
            }
            return null;
        }

        String schemaScript() {
            String location = "schema-" + ((this == POSTGRESQL) ? "postgresql" : "mysql") + ".sql";
            try {
                return StreamUtils.copyToString(
                        new ClassPathResource(location, JdbcRateLimitBuckets.class).getInputStream(),
                        StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new IllegalStateException("Could not read " + location, ex);
            }
        }
    }
}
