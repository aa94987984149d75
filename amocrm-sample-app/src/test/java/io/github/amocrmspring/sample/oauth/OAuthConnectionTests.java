package io.github.amocrmspring.sample.oauth;

import static io.github.amocrmspring.sample.support.BrowserLikeClient.location;
import static io.github.amocrmspring.sample.support.BrowserLikeClient.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.support.BrowserLikeClient;
import io.github.amocrmspring.sample.support.SampleAppTestSupport;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Connecting an account: the "Connect amoCRM" redirect, a genuine callback, and amoCRM's widget-install call. */
class OAuthConnectionTests extends SampleAppTestSupport {

    private static final String ACCOUNT = AmoFakeServer.DEFAULT_ACCOUNT;

    @Test
    void shouldSendTheBrowserToTheAuthorizationPageWithAFreshState() {
        URI first = this.browser.connect();
        URI second = this.browser.connect();

        assertThat(first.toString()).startsWith(this.amo.baseUrl("www.amocrm.ru") + "/oauth?");
        assertThat(queryParameter(first, "client_id")).isEqualTo(this.clientId);
        assertThat(queryParameter(first, "mode")).isEqualTo("post_message");
        assertThat(queryParameter(first, "state")).hasSizeGreaterThanOrEqualTo(32);
        assertThat(queryParameter(second, "state")).isNotEqualTo(queryParameter(first, "state"));
        assertThat(this.outboundRequests.uris()).isEmpty();
    }

    @Test
    void shouldStartTheConnectionOnTheOriginOfTheRedirectUri() {
        HttpResponse<String> response = this.browser.get(URI.create("http://127.0.0.1:" + this.port + "/connect"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo(URI.create("http://localhost:" + this.port + "/connect?moved=1"));
    }

    @Test
    void shouldMoveToTheOriginOfTheRedirectUriOnlyOnce() {
        HttpResponse<String> response =
                this.browser.get(URI.create("http://127.0.0.1:" + this.port + "/connect?moved=1"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response).toString()).startsWith(this.amo.baseUrl("www.amocrm.ru") + "/oauth?");
    }

    @Test
    void shouldExchangeTheCodeOfAGenuineCallbackAndShowTheAccount() {
        URI callback = allowOnAuthorizationPage(this.browser.connect(), ACCOUNT);

        HttpResponse<String> response = this.browser.get(callback);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response).getPath()).isEqualTo("/accounts/" + ACCOUNT);
        assertThat(this.tokenStorage.hasTokens(ACCOUNT)).isTrue();
        assertThat(this.amo.journal().requests((request) -> request.path().endsWith("/oauth2/access_token")))
                .singleElement()
                .satisfies((request) -> assertThat(request.host()).isEqualTo(ACCOUNT));
        assertThat(this.outboundRequests.uris())
                .isNotEmpty()
                .allSatisfy((uri) -> assertThat(uri.toString()).startsWith(this.amo.baseUrl(ACCOUNT) + "/"));
        HttpResponse<String> accountPage = this.browser.get(location(response).getPath());
        assertThat(accountPage.statusCode()).isEqualTo(200);
        assertThat(accountPage.body()).contains(this.amo.account(ACCOUNT).name());
    }

    @Test
    void shouldNotExchangeACodeTwiceWhenTheCallbackIsReplayed() {
        URI callback = allowOnAuthorizationPage(this.browser.connect(), ACCOUNT);
        assertThat(this.browser.get(callback).statusCode()).isEqualTo(302);

        HttpResponse<String> replay = this.browser.get(callback);

        assertRefused(replay, "STATE_REUSED");
        assertThat(this.amo.journal().requests((request) -> request.path().endsWith("/oauth2/access_token")))
                .hasSize(1);
    }

    @Test
    void shouldConnectTheAccountOfAWidgetInstallCall() {
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response = new BrowserLikeClient(this.port)
                .get("/oauth/callback?code=" + code + "&referer=" + ACCOUNT + "&client_id=" + this.clientId
                        + "&from_widget=1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(this.tokenStorage.hasTokens(ACCOUNT)).isTrue();
    }

    @Test
    void shouldShowAFailurePageWhenAmoCrmRefusesTheCode() {
        String state = this.browser.issueState();

        HttpResponse<String> response = this.browser.get("/oauth/callback?code=not-a-code&state=" + state + "&referer="
                + ACCOUNT + "&client_id=" + this.clientId);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The connection failed").doesNotContain("not-a-code");
        assertThat(this.tokenStorage.hasTokens(ACCOUNT)).isFalse();
    }

    @Test
    void shouldNotSendAnythingForAnAccountThatWasNotConnected() {
        HttpResponse<String> response = this.browser.get("/accounts/evil.com");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(this.outboundRequests.uris()).isEmpty();
        assertThat(this.amo.journal().requests()).isEmpty();
    }
}
