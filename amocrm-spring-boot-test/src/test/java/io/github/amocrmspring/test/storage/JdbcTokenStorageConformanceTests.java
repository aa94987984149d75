package io.github.amocrmspring.test.storage;

import io.github.amocrmspring.autoconfigure.AmoAutoConfiguration;
import io.github.amocrmspring.storage.JdbcTokenStorage;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the conformance suite on {@link JdbcTokenStorage} as the starter configures it: each storage comes from an
 * application context of its own, and all contexts share one database, as several application instances would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTokenStorageConformanceTests extends TokenStorageConformanceTests {

    private TestDatabase database;

    private ConfigurableApplicationContext mainContext;

    private final List<ConfigurableApplicationContext> otherContexts = new ArrayList<>();

    /** Return the kind of database to run on. */
    abstract TestDatabaseKind kind();

    @BeforeAll
    void startDatabase() {
        this.database = TestDatabases.create(kind());
        this.mainContext = startContext();
    }

    @AfterAll
    void stopDatabase() {
        this.otherContexts.forEach(ConfigurableApplicationContext::close);
        if (this.mainContext != null) {
            this.mainContext.close();
        }
        if (this.database != null) {
            this.database.close();
        }
    }

    @Override
    protected TokenStorage createStorage() {
        JdbcClient.create(this.database.dataSource())
                .sql("DELETE FROM " + JdbcTokenStorage.DEFAULT_TABLE_NAME)
                .update();
        return this.mainContext.getBean(TokenStorage.class);
    }

    @Override
    protected TokenStorage createStorageOfAnotherInstance() {
        ConfigurableApplicationContext context = startContext();
        this.otherContexts.add(context);
        return context.getBean(TokenStorage.class);
    }

    private ConfigurableApplicationContext startContext() {
        Map<String, Object> properties = new HashMap<>(this.database.springProperties());
        properties.put("amocrm.jdbc.initialize-schema", "always");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(StorageApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, AmoAutoConfiguration.class})
    static class StorageApplication {}
}
