package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.ratelimit.JdbcRateLimitBuckets;
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
 * Creates the table of the shared rate limit with the script of the database platform,
 * {@code classpath:io/github/amocrmspring/ratelimit/schema-<platform>.sql} (MariaDB uses the MySQL script), per
 * {@code amocrm.jdbc.initialize-schema}, like the token table. The default table name in the scripts is replaced
 * with {@code amocrm.jdbc.rate-limit-table-name}.
 */
public class AmoRateLimitSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    /** The location of the schema scripts, with a {@code @@platform@@} placeholder. */
    public static final String SCHEMA_LOCATION = "classpath:io/github/amocrmspring/ratelimit/schema-@@platform@@.sql";

    private final String tableName;

    public AmoRateLimitSchemaInitializer(DataSource dataSource, AmoProperties.Jdbc properties) {
        super(dataSource, settings(dataSource, properties));
        this.tableName = properties.getRateLimitTableName();
    }

    @Override
    protected void runScripts(Scripts scripts) {
        List<Resource> renamed = new ArrayList<>();
        Charset charset = (scripts.getEncoding() != null) ? scripts.getEncoding() : StandardCharsets.UTF_8;
        for (Resource script : scripts) {
            String content = read(script, charset)
                    .replaceAll("\\b" + JdbcRateLimitBuckets.DEFAULT_TABLE_NAME + "\\b", this.tableName);
            renamed.add(new ByteArrayResource(content.getBytes(charset), script.getDescription()));
        }
        super.runScripts(new Scripts(renamed)
                .continueOnError(scripts.isContinueOnError())
                .separator(scripts.getSeparator())
                .encoding(charset));
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
