package io.github.amocrmspring.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.SampleApplication;
import io.github.amocrmspring.sample.support.BrowserLikeClient;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With an integration configured, the application starts no fake of its own and works with the accounts at the
 * configured base URL, here a fake amoCRM standing in for the real one.
 */
class RealIntegrationModeTests {

    @Test
    void shouldUseTheConfiguredIntegrationInsteadOfDemoMode() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (AmoFakeServer amoCrm =
                AmoFakeServer.builder().demoData(true).build().start()) {
            String redirectUri = "http://localhost:" + port + "/oauth/callback";
            FakeIntegration integration = amoCrm.registerIntegration(redirectUri);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
                    .properties(
                            "server.port=" + port,
                            "amocrm.base-url=" + amoCrm.baseUrlTemplate(),
                            "amocrm.oauth.client-id=" + integration.clientId(),
                            "amocrm.oauth.client-secret=" + integration.clientSecret(),
                            "amocrm.oauth.redirect-uri=" + redirectUri)
                    .run()) {

                assertThat(context.containsBean(DemoModeInitializer.FAKE_BEAN_NAME))
                        .isFalse();
                BrowserLikeClient browser = new BrowserLikeClient(port);
                HttpResponse<String> start = browser.get("/");
                assertThat(start.body()).contains("real amoCRM").doesNotContain("demo mode");

                URI authorizationPage = browser.connect();
                assertThat(authorizationPage.toString()).startsWith(amoCrm.baseUrl("www.amocrm.ru") + "/oauth?");
                String code = amoCrm.issueAuthorizationCode(AmoFakeServer.DEFAULT_ACCOUNT, integration.clientId());
                HttpResponse<String> callback = browser.get("/oauth/callback?code=" + code + "&state="
                        + BrowserLikeClient.queryParameter(authorizationPage, "state") + "&referer="
                        + AmoFakeServer.DEFAULT_ACCOUNT + "&client_id=" + integration.clientId());
                assertThat(callback.statusCode()).isEqualTo(302);

                HttpResponse<String> accountPage = browser.get("/accounts/" + AmoFakeServer.DEFAULT_ACCOUNT);
                assertThat(accountPage.statusCode()).isEqualTo(200);
                assertThat(accountPage.body()).contains(amoCrm.defaultAccount().name());
            }
        }
    }
}
