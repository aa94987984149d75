package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.storage.JdbcTokenStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Creates the starter's tables with the script of the database platform,
 * {@code classpath:io/github/amocrmspring/storage/schema-<platform>.sql} (MariaDB uses the MySQL script), per
 * {@code amocrm.jdbc.initialize-schema}. The default table names in the scripts are replaced with the configured
 * ones; the scripts use {@code CREATE TABLE IF NOT EXISTS}, so running them again is harmless.
 */
public class AmoJdbcSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    /** The location of the schema scripts, with a {@code @@platform@@} placeholder. */
    public static final String SCHEMA_LOCATION = "classpath:io/github/amocrmspring/storage/schema-@@platform@@.sql";

    /** The default name of the entity guard's lock table in the scripts. */
    public static final String DEFAULT_LOCK_TABLE_NAME = "amocrm_lock";

    private final String tokenTableName;

    private final String lockTableName;

    public AmoJdbcSchemaInitializer(DataSource dataSource, AmoProperties.Jdbc properties) {
        super(dataSource, settings(dataSource, properties));
        this.tokenTableName = properties.getTokenTableName();
        this.lockTableName = properties.getLockTableName();
    }

    @Override
    protected void runScripts(Scripts scripts) {
        List<Resource> renamed = new ArrayList<>();
        Charset charset = (scripts.getEncoding() != null) ? scripts.getEncoding() : StandardCharsets.UTF_8;
        for (Resource script : scripts) {
            renamed.add(
                    new ByteArrayResource(rename(read(script, charset)).getBytes(charset), script.getDescription()));
        }
        super.runScripts(new Scripts(renamed)
                .continueOnError(scripts.isContinueOnError())
                .separator(scripts.getSeparator())
                .encoding(charset));
    }

    private String rename(String script) {
        return script.replaceAll("\\b" + JdbcTokenStorage.DEFAULT_TABLE_NAME + "\\b", this.tokenTableName)
                .replaceAll("\\b" + DEFAULT_LOCK_TABLE_NAME + "\\b", this.lockTableName);
    }

    private static String read(Resource script, Charset charset) {
        try {
            return script.getContentAsString(charset);
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + script.getDescription(), ex);
        }
    }

    private static DatabaseInitializationSettings settings(DataSource dataSource, AmoProperties.Jdbc properties) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        PlatformPlaceholderDatabaseDriverResolver resolver =
                new PlatformPlaceholderDatabaseDriverResolver().withDriverPlatform(DatabaseDriver.MARIADB, "mysql");
        settings.setSchemaLocations(resolver.resolveAll(dataSource, SCHEMA_LOCATION));
        settings.setMode(
                switch (properties.getInitializeSchema()) {
                    case EMBEDDED -> DatabaseInitializationMode.EMBEDDED;
                    case ALWAYS -> DatabaseInitializationMode.ALWAYS;
                    case NEVER -> DatabaseInitializationMode.NEVER;
                });
        return settings;
    }
}
