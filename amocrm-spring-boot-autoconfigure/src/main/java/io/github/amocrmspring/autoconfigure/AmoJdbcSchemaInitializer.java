package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.storage.JdbcTokenStorage;
import javax.sql.DataSource;

/**
 * Creates the starter's tables with the script of the database platform,
 * {@code classpath:io/github/amocrmspring/storage/schema-<platform>.sql} (MariaDB uses the MySQL script), per
 * {@code amocrm.jdbc.initialize-schema}. The default table names in the scripts are replaced with the configured
 * ones; the scripts use {@code CREATE TABLE IF NOT EXISTS}, so running them again is harmless.
 */
public class AmoJdbcSchemaInitializer extends AmoSchemaInitializer {

    /** The location of the schema scripts, with a {@code @@platform@@} placeholder. */
    public static final String SCHEMA_LOCATION = "classpath:io/github/amocrmspring/storage/schema-@@platform@@.sql";

    /** The default name of the entity guard's lock table in the scripts. */
    public static final String DEFAULT_LOCK_TABLE_NAME = "amocrm_lock";

    private final String tokenTableName;

    private final String lockTableName;

    public AmoJdbcSchemaInitializer(DataSource dataSource, AmoProperties.Jdbc properties) {
        super(dataSource, properties, SCHEMA_LOCATION);
        this.tokenTableName = properties.getTokenTableName();
        this.lockTableName = properties.getLockTableName();
    }

    @Override
    protected String rename(String script) {
        String renamed = replaceTableName(script, JdbcTokenStorage.DEFAULT_TABLE_NAME, this.tokenTableName);
        return replaceTableName(renamed, DEFAULT_LOCK_TABLE_NAME, this.lockTableName);
    }
}
