package io.github.amocrmspring.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.amocrmspring.test.server.AmoFakeServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

class DemoModeInitializerTests {

    private final DemoModeInitializer initializer = new DemoModeInitializer();

    @Test
    void shouldStayOutOfTheWayWhenAnIntegrationIsConfigured() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            TestPropertyValues.of(
                            "amocrm.oauth.client-id=id",
                            "amocrm.oauth.client-secret=secret",
                            "amocrm.oauth.redirect-uri=https://app.example/oauth/callback")
                    .applyTo(context);

            this.initializer.initialize(context);

            assertThat(context.getBeanFactory().containsSingleton(DemoModeInitializer.FAKE_BEAN_NAME))
                    .isFalse();
            assertThat(context.getEnvironment().getPropertySources().contains(DemoModeInitializer.PROPERTY_SOURCE_NAME))
                    .isFalse();
        }
    }

    @Test
    void shouldNameTheMissingSettingsOfAPartialIntegration() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            TestPropertyValues.of("amocrm.oauth.client-id=id").applyTo(context);

            assertThatIllegalStateException()
                    .isThrownBy(() -> this.initializer.initialize(context))
                    .withMessageContaining("amocrm.oauth.client-secret")
                    .withMessageContaining("amocrm.oauth.redirect-uri");
            assertThat(context.getBeanFactory().containsSingleton(DemoModeInitializer.FAKE_BEAN_NAME))
                    .isFalse();
        }
    }

    @Test
    void shouldStartTheFakeAndPointTheStarterAtItWhenNothingIsConfigured() {
        AmoFakeServer fake;
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            TestPropertyValues.of("server.port=0").applyTo(context);

            this.initializer.initialize(context);
            context.refresh();

            fake = context.getBean(AmoFakeServer.class);
            ConfigurableEnvironment environment = context.getEnvironment();
            int port = environment.getProperty("server.port", Integer.class);
            assertThat(port).isPositive();
            assertThat(environment.getProperty("amocrm.base-url")).isEqualTo(fake.baseUrlTemplate());
            assertThat(environment.getProperty("amocrm.oauth.redirect-uri"))
                    .isEqualTo("http://localhost:" + port + "/oauth/callback");
            assertThat(fake.integrations()).singleElement().satisfies((integration) -> {
                assertThat(integration.clientId()).isEqualTo(environment.getProperty("amocrm.oauth.client-id"));
                assertThat(integration.clientSecret()).isEqualTo(environment.getProperty("amocrm.oauth.client-secret"));
                assertThat(integration.redirectUri()).isEqualTo(environment.getProperty("amocrm.oauth.redirect-uri"));
            });
            assertThat(environment.getProperty("sample.demo", Boolean.class)).isTrue();
            assertThat(environment.getProperty("sample.extra-account-hosts"))
                    .contains(AmoFakeServer.DEFAULT_ACCOUNT)
                    .contains(DemoModeInitializer.SECOND_ACCOUNT);
            assertThat(fake.isRunning()).isTrue();
        }
        assertThat(fake.isRunning()).isFalse();
    }

    @Test
    void shouldKeepAConfiguredPort() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            TestPropertyValues.of("server.port=18080").applyTo(context);

            this.initializer.initialize(context);
            context.refresh();

            assertThat(context.getEnvironment().getProperty("amocrm.oauth.redirect-uri"))
                    .isEqualTo("http://localhost:18080/oauth/callback");
        }
    }
}
