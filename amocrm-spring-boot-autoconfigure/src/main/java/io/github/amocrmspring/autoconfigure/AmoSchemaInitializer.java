package io.github.amocrmspring.autoconfigure;

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
 * Base for the initializers of the starter's tables: runs the script of the database platform (MariaDB uses the
 * MySQL one) per {@code amocrm.jdbc.initialize-schema}, with the default table names replaced by the configured ones.
 */
abstract class AmoSchemaInitializer extends DataSourceScriptDatabaseInitializer {

    AmoSchemaInitializer(DataSource dataSource, AmoProperties.Jdbc properties, String schemaLocation) {
        super(dataSource, settings(dataSource, properties, schemaLocation));
    }

    /**
     * Return the script with the default table names replaced by the configured ones.
     * @param script the content of a schema script
     * @return the script to run
     */
    protected abstract String rename(String script);

    /** Replace a whole-word table name in a script. */
    protected static String replaceTableName(String script, String defaultName, String configuredName) {
        return script.replaceAll("\\b" + defaultName + "\\b", configuredName);
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

    private static String read(Resource script, Charset charset) {
        try {
            return script.getContentAsString(charset);
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not read " + script.getDescription(), ex);
        }
    }

    private static DatabaseInitializationSettings settings(
            DataSource dataSource, AmoProperties.Jdbc properties, String schemaLocation) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        PlatformPlaceholderDatabaseDriverResolver resolver =
                new PlatformPlaceholderDatabaseDriverResolver().withDriverPlatform(DatabaseDriver.MARIADB, "mysql");
        settings.setSchemaLocations(resolver.resolveAll(dataSource, schemaLocation));
        settings.setMode(
                switch (properties.getInitializeSchema()) {
                    case EMBEDDED -> DatabaseInitializationMode.EMBEDDED;
                    case ALWAYS -> DatabaseInitializationMode.ALWAYS;
                    case NEVER -> DatabaseInitializationMode.NEVER;
                });
        return settings;
    }
}
