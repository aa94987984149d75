package io.github.amocrmspring.sample.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Runs the sample application in demo mode on a real port, with its fake amoCRM, and gives tests what they need to
 * drive it and to check what it stored and sent. Every test starts with no stored tokens and empty journals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SampleTestConfiguration.class)
public abstract class SampleAppTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TokenStorage tokenStorage;

    @Autowired
    protected AmoFakeServer amo;

    @Autowired
    protected OutboundRequests outboundRequests;

    @Autowired
    protected MutableClock clock;

    @Value("${amocrm.oauth.client-id}")
    protected String clientId;

    protected BrowserLikeClient browser;

    @BeforeEach
    void startFromScratch() {
        this.tokenStorage.accountHosts().forEach(this.tokenStorage::delete);
        this.amo.journal().clear();
        this.outboundRequests.clear();
        this.clock.reset();
        this.amo.clock().reset();
        this.browser = new BrowserLikeClient(this.port);
    }

    /** Allows access on the fake's authorization page, as a user would, and returns the callback's address. */
    protected URI allowOnAuthorizationPage(URI authorizationPage, String accountHost) {
        String state = BrowserLikeClient.queryParameter(authorizationPage, "state");
        HttpResponse<String> response = this.browser.postForm(
                authorizationPage,
                Map.of(
                        "client_id",
                        this.clientId,
                        "state",
                        state,
                        "mode",
                        "post_message",
                        "account",
                        accountHost,
                        "decision",
                        "allow"));
        assertThat(response.statusCode()).as("fake authorization page's answer").isEqualTo(302);
        return BrowserLikeClient.location(response);
    }

    /** Asserts that no tokens are stored and that no request left the application, for a token or anything else. */
    protected void assertNothingStoredOrSent() {
        assertThat(this.tokenStorage.accountHosts())
                .as("accounts with stored tokens")
                .isEmpty();
        assertThat(this.outboundRequests.uris())
                .as("requests sent by the application")
                .isEmpty();
        List<RecordedRequest> tokenRequests =
                this.amo.journal().requests((request) -> request.path().endsWith("/oauth2/access_token"));
        assertThat(tokenRequests)
                .as("token requests received by the fake amoCRM")
                .isEmpty();
    }

    /** Asserts that a response is the refusal page for a reason, with HTTP 400. */
    protected static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The connection was refused").contains("data-reason=\"" + reason + "\"");
    }
}
