package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.ratelimit.JdbcRateLimitBuckets;
import javax.sql.DataSource;

/**
 * Creates the table of the shared rate limit with the script of the database platform,
 * {@code classpath:io/github/amocrmspring/ratelimit/schema-<platform>.sql} (MariaDB uses the MySQL script), per
 * {@code amocrm.jdbc.initialize-schema}, like the token table. The default table name in the scripts is replaced
 * with {@code amocrm.jdbc.rate-limit-table-name}.
 */
public class AmoRateLimitSchemaInitializer extends AmoSchemaInitializer {

    /** The location of the schema scripts, with a {@code @@platform@@} placeholder. */
    public static final String SCHEMA_LOCATION = "classpath:io/github/amocrmspring/ratelimit/schema-@@platform@@.sql";

    private final String tableName;

    public AmoRateLimitSchemaInitializer(DataSource dataSource, AmoProperties.Jdbc properties) {
        super(dataSource, properties, SCHEMA_LOCATION);
        this.tableName = properties.getRateLimitTableName();
    }

    @Override
    protected String rename(String script) {
        return replaceTableName(script, JdbcRateLimitBuckets.DEFAULT_TABLE_NAME, this.tableName);
    }
}
