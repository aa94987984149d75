package io.github.amocrmspring.test;

import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a fake amoCRM server for a test context, registers it as a bean and adds the {@code amocrm.*} properties
 * that point the application at it. Equal settings give equal customizers, so Spring's context cache shares one
 * context, and one server, between test classes with the same annotation.
 */
final class AmoFakeServerContextCustomizer implements ContextCustomizer {

    static final String BEAN_NAME = "amoFakeServer";

    static final String PROPERTY_SOURCE_NAME = "amoFakeServer";

    private final Settings settings;

    AmoFakeServerContextCustomizer(Settings settings) {
        this.settings = settings;
    }

    /** The attributes of {@link AutoConfigureAmoFakeServer}. */
    record Settings(
            String accountName, String accountHost, String redirectUri, boolean demoData, int requestsPerSecond) {}

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        AmoFakeServer server = AmoFakeServer.builder()
                .account(this.settings.accountHost())
                .demoData(this.settings.demoData())
                .requestsPerSecond(this.settings.requestsPerSecond())
                .build()
                .start();
        String host = server.defaultAccount().host();
        FakeIntegration integration = server.registerIntegration(this.settings.redirectUri());
        String prefix = "amocrm.accounts." + this.settings.accountName() + ".";
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("amocrm.base-url", server.baseUrlTemplate());
        properties.put("amocrm.default-account", host);
        properties.put(prefix + "host", host);
        properties.put(prefix + "access-token", server.issueLongLivedToken(host));
        properties.put("amocrm.oauth.client-id", integration.clientId());
        properties.put("amocrm.oauth.client-secret", integration.clientSecret());
        properties.put("amocrm.oauth.redirect-uri", integration.redirectUri());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        context.getBeanFactory().registerSingleton(BEAN_NAME, server);
        context.addApplicationListener(new ServerStopper(server));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AmoFakeServerContextCustomizer customizer && this.settings.equals(customizer.settings);
    }

    @Override
    public int hashCode() {
        return this.settings.hashCode();
    }

    /** Stops the server when its context closes. */
    private record ServerStopper(AmoFakeServer server) implements ApplicationListener<ContextClosedEvent> {

        @Override
        public void onApplicationEvent(ContextClosedEvent event) {
            this.server.close();
        }
    }
}
