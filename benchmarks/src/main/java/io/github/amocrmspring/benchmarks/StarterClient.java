package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.SingletonBeanRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application that uses the starter as a user would, configured for one account of a fake amoCRM server with a
 * long-lived token, on the starter's defaults otherwise.
 */
final class StarterClient implements AutoCloseable {

    /** Name of the one account in the client's configuration. */
    static final String ACCOUNT = "bench";

    private final ConfigurableApplicationContext context;

    private StarterClient(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Start a client for an account of the fake server at the given base URL template. */
    static StarterClient start(String baseUrlTemplate, String accountHost, String accessToken) {
        return start(baseUrlTemplate, accountHost, accessToken, Map.of());
    }

    /** Start a client for an account of the fake server, with more properties. */
    static StarterClient start(
            String baseUrlTemplate, String accountHost, String accessToken, Map<String, Object> moreProperties) {
        return start(baseUrlTemplate, accountHost, accessToken, moreProperties, (beans) -> {});
    }

    /** Start a client for an account of the fake server, with more properties and beans of its own. */
    static StarterClient start(
            String baseUrlTemplate,
            String accountHost,
            String accessToken,
            Map<String, Object> moreProperties,
            Consumer<SingletonBeanRegistry> beans) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        properties.put("amocrm.base-url", baseUrlTemplate);
        properties.put("amocrm.default-account", ACCOUNT);
        properties.put("amocrm.accounts." + ACCOUNT + ".host", accountHost);
        properties.put("amocrm.accounts." + ACCOUNT + ".access-token", accessToken);
        properties.putAll(moreProperties);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ClientApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .initializers((application) -> beans.accept(application.getBeanFactory()))
                .run();
        return new StarterClient(context);
    }

    AmoTemplate template() {
        return this.context.getBean(AmoTemplate.class);
    }

    <T> T bean(Class<T> type) {
        return this.context.getBean(type);
    }

    @Override
    public void close() {
        this.context.close();
    }

    /** The application: nothing but auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ClientApplication {}
}
