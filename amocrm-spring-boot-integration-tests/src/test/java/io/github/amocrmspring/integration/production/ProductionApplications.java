package io.github.amocrmspring.integration.production;

import io.github.amocrmspring.test.server.AmoFakeServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts application contexts that use the starter against a fake amoCRM server, as separate instances would. */
final class ProductionApplications {

    private ProductionApplications() {}

    /**
     * Start an application whose default account {@code acme} is the fake's default account, with a long-lived
     * token the fake issued.
     * @param server the fake server
     * @param properties more properties, overriding the defaults
     * @return the running context; the caller closes it
     */
    static ConfigurableApplicationContext start(AmoFakeServer server, Map<String, Object> properties) {
        return start(server, properties, Map.of());
    }

    /**
     * Start an application as {@link #start(AmoFakeServer, Map)} does, with some beans of the test's own, such as a
     * shared {@link java.time.Clock}.
     * @param server the fake server
     * @param properties more properties, overriding the defaults
     * @param beans beans to register, by name
     * @return the running context; the caller closes it
     */
    static ConfigurableApplicationContext start(
            AmoFakeServer server, Map<String, Object> properties, Map<String, Object> beans) {
        String host = server.defaultAccount().host();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("amocrm.base-url", server.baseUrlTemplate());
        all.put("amocrm.default-account", "acme");
        all.put("amocrm.accounts.acme.host", host);
        all.put("amocrm.accounts.acme.access-token", server.issueLongLivedToken(host));
        all.put("amocrm.retry.initial-interval", "100ms");
        all.put("amocrm.retry.max-interval", "400ms");
        all.put("spring.jmx.enabled", "false");
        all.putAll(properties);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(all)
                .initializers(context -> beans.forEach(context.getBeanFactory()::registerSingleton))
                .run();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {}
}
