package io.github.amocrmspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Tests of {@link AutoConfigureAmoFakeServer}: the bean and the {@code amocrm.*} properties it provides. */
@SpringJUnitConfig
@AutoConfigureAmoFakeServer
class AutoConfigureAmoFakeServerTests {

    @Autowired
    private AmoFakeServer server;

    @Autowired
    private Environment environment;

    @Test
    void shouldRegisterARunningServerAsABean() {
        assertThat(this.server.isRunning()).isTrue();
    }

    @Test
    void shouldPointTheBaseUrlAtTheServer() {
        assertThat(this.environment.getProperty("amocrm.base-url")).isEqualTo(this.server.baseUrlTemplate());
        assertThat(this.environment.getProperty("amocrm.default-account")).isEqualTo("acme.amocrm.ru");
        assertThat(this.environment.getProperty("amocrm.accounts.acme.host")).isEqualTo("acme.amocrm.ru");
    }

    @Test
    void shouldSetTheCredentialsOfARegisteredIntegration() {
        FakeIntegration integration = this.server.integrations().get(0);

        assertThat(this.environment.getProperty("amocrm.oauth.client-id")).isEqualTo(integration.clientId());
        assertThat(this.environment.getProperty("amocrm.oauth.client-secret")).isEqualTo(integration.clientSecret());
        assertThat(this.environment.getProperty("amocrm.oauth.redirect-uri")).isEqualTo(integration.redirectUri());
    }

    @Test
    void shouldProvideALongLivedTokenThatTheServerAccepts() throws Exception {
        String token = this.environment.getProperty("amocrm.accounts.acme.access-token");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(this.server.baseUrl("acme.amocrm.ru") + "/api/v2/account"))
                .header("Authorization", "Bearer " + token)
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Configuration(proxyBeanMethods = false)
    static class Config {}
}
