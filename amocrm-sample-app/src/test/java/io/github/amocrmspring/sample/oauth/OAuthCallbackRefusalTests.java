package io.github.amocrmspring.sample.oauth;

import static io.github.amocrmspring.sample.support.BrowserLikeClient.encode;
import static io.github.amocrmspring.sample.support.BrowserLikeClient.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.support.BrowserLikeClient;
import io.github.amocrmspring.sample.support.SampleAppTestSupport;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each way a callback at the redirect URI is refused: HTTP 400 with a page that says why, no tokens stored, and no
 * request sent, neither to the account named by the callback nor anywhere else. The codes used are genuine ones
 * the fake amoCRM issued, so that only the rule under test stands between the callback and a token request.
 */
class OAuthCallbackRefusalTests extends SampleAppTestSupport {

    private static final String ACCOUNT = AmoFakeServer.DEFAULT_ACCOUNT;

    @Test
    void shouldRefuseACallbackWithoutState() {
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response =
                callback("code=" + code + "&referer=" + ACCOUNT + "&client_id=" + this.clientId);

        assertRefused(response, "STATE_MISSING");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseACallbackWithAStateThisBrowserWasNotGiven() {
        this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response =
                callback("code=" + code + "&state=forged-state&referer=" + ACCOUNT + "&client_id=" + this.clientId);

        assertRefused(response, "STATE_UNKNOWN");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAStateIssuedToAnotherBrowser() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);
        this.browser = new BrowserLikeClient(this.port);

        HttpResponse<String> response = callback(validQuery(code, state));

        assertRefused(response, "STATE_UNKNOWN");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAReusedState() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);
        assertRefused(
                callback("code=" + code + "&state=" + state + "&referer=evil.com&client_id=" + this.clientId),
                "REFERER_NOT_ACCOUNT_HOST");

        HttpResponse<String> response = callback(validQuery(code, state));

        assertRefused(response, "STATE_REUSED");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAnExpiredState() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);
        this.clock.advance(Duration.ofMinutes(11));

        HttpResponse<String> response = callback(validQuery(code, state));

        assertRefused(response, "STATE_EXPIRED");
        assertNothingStoredOrSent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil.com",
                "evil.com/.amocrm.ru",
                "evil.com%2F.amocrm.ru",
                "evil.com?.amocrm.ru",
                "evil.com%23.amocrm.ru",
                "amocrm.ru.evil.com",
                "acme.amocrm.ru.evil.com",
                "evil.com@acme.amocrm.ru",
                "acme.amocrm.ru@evil.com",
                "acme.amocrm.ru:8443",
                "https://acme.amocrm.ru",
                "//evil.com",
                "www.amocrm.ru",
                "127.0.0.1",
                "localhost"
            })
    void shouldRefuseARefererThatIsNotAnAccountHost(String referer) {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response =
                callback("code=" + code + "&state=" + state + "&referer=" + referer + "&client_id=" + this.clientId);

        assertRefused(response, "REFERER_NOT_ACCOUNT_HOST");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseACallbackWithoutReferer() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response = callback("code=" + code + "&state=" + state + "&client_id=" + this.clientId);

        assertRefused(response, "REFERER_MISSING");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseACodeIssuedToAnotherIntegration() {
        String foreignClientId =
                this.amo.registerIntegration("https://other.example/callback").clientId();
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, foreignClientId);

        HttpResponse<String> response =
                callback("code=" + code + "&state=" + state + "&referer=" + ACCOUNT + "&client_id=" + foreignClientId);

        assertRefused(response, "CLIENT_ID_FOREIGN");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseACallbackWithoutClientId() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response = callback("code=" + code + "&state=" + state + "&referer=" + ACCOUNT);

        assertRefused(response, "CLIENT_ID_MISSING");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseACallbackWithoutCode() {
        String state = this.browser.issueState();

        HttpResponse<String> response =
                callback("state=" + state + "&referer=" + ACCOUNT + "&client_id=" + this.clientId);

        assertRefused(response, "CODE_MISSING");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseARepeatedReferer() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response = callback(validQuery(code, state) + "&referer=evil.com");

        assertRefused(response, "PARAMETER_REPEATED");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAWidgetInstallCallForAForeignHost() {
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response =
                callback("code=" + code + "&referer=evil.com&client_id=" + this.clientId + "&from_widget=1");

        assertRefused(response, "REFERER_NOT_ACCOUNT_HOST");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAWidgetInstallCallForAnotherIntegration() {
        String foreignClientId =
                this.amo.registerIntegration("https://other.example/callback").clientId();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, foreignClientId);

        HttpResponse<String> response =
                callback("code=" + code + "&referer=" + ACCOUNT + "&client_id=" + foreignClientId + "&from_widget=1");

        assertRefused(response, "CLIENT_ID_FOREIGN");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldShowAFriendlyPageWhenAccessWasDeclined() {
        URI authorizationPage = this.browser.connect();
        String state = queryParameter(authorizationPage, "state");

        HttpResponse<String> response =
                callback("error=access_denied&client_id=" + this.clientId + "&state=" + encode(state));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Access was declined");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldRefuseAnyOtherErrorFromTheAuthorizationPage() {
        String state = this.browser.issueState();

        HttpResponse<String> response =
                callback("error=server_error&client_id=" + this.clientId + "&state=" + encode(state));

        assertRefused(response, "AUTHORIZATION_ERROR");
        assertNothingStoredOrSent();
    }

    @Test
    void shouldNeverShowTheCodeOrTheSecretOnARefusalPage() {
        String state = this.browser.issueState();
        String code = this.amo.issueAuthorizationCode(ACCOUNT, this.clientId);

        HttpResponse<String> response =
                callback("code=" + code + "&state=" + state + "&referer=evil.com&client_id=" + this.clientId);

        assertThat(response.body())
                .doesNotContain(code)
                .doesNotContain(this.amo.integrations().get(0).clientSecret());
    }

    private String validQuery(String code, String state) {
        return "code=" + code + "&state=" + encode(state) + "&referer=" + ACCOUNT + "&client_id=" + this.clientId;
    }

    private HttpResponse<String> callback(String query) {
        return this.browser.get("/oauth/callback?" + query);
    }
}
