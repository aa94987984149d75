package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of the OAuth 2.0 authorize page, token endpoint and account domain lookup. */
class FakeOAuthTests {

    private static final String HOST = "acme.amocrm.ru";

    private static final String REDIRECT_URI = "https://app.example.com/oauth/callback";

    private AmoFakeServer server;

    private FakeHttp http;

    private FakeIntegration integration;

    @BeforeEach
    void startServer() {
        this.server = AmoFakeServer.builder().requestsPerSecond(0).build().start();
        this.http = new FakeHttp(this.server);
        this.integration = this.server.registerIntegration("client-1", "secret-1", REDIRECT_URI);
    }

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldShowAnAuthorizePageWithAccountChooserAndAllowAndDeclineButtons() {
        HttpResponse<String> page = this.http.get("www.amocrm.ru", "/oauth?client_id=client-1&state=xyz&mode=popup");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"allow\"", "id=\"decline\"", "<select id=\"account\"", HOST);
    }

    @Test
    void shouldServeTheAuthorizePageOnTheKommoHostToo() {
        assertThat(this.http.get("www.kommo.com", "/oauth?client_id=client-1").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRedirectWithCodeStateRefererAndClientIdWhenAllowed() {
        HttpResponse<String> response = decide("allow", "xyz");

        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query =
                query(response.headers().firstValue("Location").orElseThrow());
        assertThat(query)
                .containsEntry("state", "xyz")
                .containsEntry("referer", HOST)
                .containsEntry("client_id", "client-1")
                .containsKey("code");
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith(REDIRECT_URI + "?");
    }

    @Test
    void shouldRedirectWithAccessDeniedWhenDeclined() {
        HttpResponse<String> response = decide("decline", "xyz");

        Map<String, String> query =
                query(response.headers().firstValue("Location").orElseThrow());
        assertThat(query)
                .containsEntry("error", "access_denied")
                .containsEntry("client_id", "client-1")
                .containsEntry("state", "xyz")
                .doesNotContainKey("code");
    }

    @Test
    void shouldExchangeACodeFromTheAuthorizePageForTokens() {
        String code = query(
                        decide("allow", "s").headers().firstValue("Location").orElseThrow())
                .get("code");

        HttpResponse<String> response = exchangeCode(code);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tokens = FakeHttp.json(response);
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(86400);
        assertThat(tokens.path("access_token").asString()).isNotBlank();
        assertThat(tokens.path("refresh_token").asString()).isNotBlank();
        assertThat(tokens.path("server_time").asLong())
                .isEqualTo(this.server.clock().epochSecond());
    }

    @Test
    void shouldAcceptAFormEncodedTokenRequest() {
        String code = this.server.issueAuthorizationCode(HOST, "client-1");
        String form = "client_id=client-1&client_secret=secret-1&grant_type=authorization_code&code=" + code
                + "&redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8);

        assertThat(this.http.postForm(HOST, "/oauth2/access_token", form).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldRefuseACodeUsedTwice() {
        String code = this.server.issueAuthorizationCode(HOST, "client-1");
        exchangeCode(code);

        HttpResponse<String> second = exchangeCode(code);

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(FakeHttp.json(second).path("hint").asString()).isEqualTo("Authorization code has been revoked");
    }

    @Test
    void shouldRefuseACodeOlderThanTwentyMinutes() {
        String code = this.server.issueAuthorizationCode(HOST, "client-1");
        this.server.clock().advance(Duration.ofMinutes(20));

        HttpResponse<String> response = exchangeCode(code);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(response).path("hint").asString()).isEqualTo("Authorization code has expired");
    }

    @Test
    void shouldAcceptACodeJustBeforeItExpires() {
        String code = this.server.issueAuthorizationCode(HOST, "client-1");
        this.server.clock().advance(Duration.ofMinutes(19).plusSeconds(59));

        assertThat(exchangeCode(code).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnUnknownCode() {
        HttpResponse<String> response = exchangeCode("def50200bogus");

        assertThat(FakeHttp.json(response).path("hint").asString()).isEqualTo("Cannot decrypt the authorization code");
    }

    @Test
    void shouldAnswer401ForAWrongClientSecret() {
        Map<String, Object> body = tokenRequest("authorization_code");
        body.put("code", this.server.issueAuthorizationCode(HOST, "client-1"));
        body.put("client_secret", "wrong");

        assertThat(this.http.postJson(HOST, "/oauth2/access_token", body).statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer401ForAnUnknownClientId() {
        Map<String, Object> body = tokenRequest("authorization_code");
        body.put("client_id", "nobody");

        HttpResponse<String> response = this.http.postJson(HOST, "/oauth2/access_token", body);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(FakeHttp.json(response).path("hint").asString()).isEqualTo("Check the `client_id` parameter");
    }

    @Test
    void shouldRotateTheRefreshTokenOnEveryRefresh() {
        IssuedTokens first = this.server.issueTokens(HOST, "client-1");

        JsonNode second = FakeHttp.json(refresh(first.refreshToken()));

        assertThat(second.path("refresh_token").asString()).isNotEqualTo(first.refreshToken());
        assertThat(second.path("access_token").asString()).isNotEqualTo(first.accessToken());
    }

    @Test
    void shouldKeepTheOldRefreshTokenUsableUntilItsSuccessorIsUsed() {
        IssuedTokens first = this.server.issueTokens(HOST, "client-1");
        refresh(first.refreshToken());

        assertThat(refresh(first.refreshToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAUsedRefreshTokenOnceItsSuccessorAccessTokenWasUsed() {
        IssuedTokens first = this.server.issueTokens(HOST, "client-1");
        JsonNode second = FakeHttp.json(refresh(first.refreshToken()));
        this.http.bearer(second.path("access_token").asString());
        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);

        HttpResponse<String> reused = refresh(first.refreshToken());

        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(reused).path("hint").asString()).isEqualTo("Refresh token has been revoked");
    }

    @Test
    void shouldRefuseAUsedRefreshTokenOnceItsSuccessorRefreshTokenWasUsed() {
        IssuedTokens first = this.server.issueTokens(HOST, "client-1");
        JsonNode second = FakeHttp.json(refresh(first.refreshToken()));
        assertThat(refresh(second.path("refresh_token").asString()).statusCode())
                .isEqualTo(200);

        assertThat(refresh(first.refreshToken()).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseAnUnknownRefreshToken() {
        HttpResponse<String> response = refresh("def50200unknown");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(response).path("hint").asString()).isEqualTo("Invalid refresh token");
    }

    @Test
    void shouldAcceptAnAccessTokenForTwentyFourHours() {
        IssuedTokens tokens = this.server.issueTokens(HOST, "client-1");
        this.http.bearer(tokens.accessToken());
        this.server.clock().advance(Duration.ofHours(24).minusSeconds(1));

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401ToAnExpiredAccessToken() {
        IssuedTokens tokens = this.server.issueTokens(HOST, "client-1");
        this.http.bearer(tokens.accessToken());
        this.server.clock().advance(Duration.ofHours(24));

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401ToARevokedAccessToken() {
        IssuedTokens tokens = this.server.issueTokens(HOST, "client-1");
        this.http.bearer(tokens.accessToken());
        this.server.revokeTokens(HOST);

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAcceptALongLivedTokenWithoutAnyRefreshToken() {
        this.http.bearer(this.server.issueLongLivedToken(HOST));
        this.server.clock().advance(Duration.ofDays(30));

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401ToAnExpiredLongLivedToken() {
        this.http.bearer(this.server.issueLongLivedToken(HOST, Duration.ofDays(1)));
        this.server.clock().advance(Duration.ofDays(1));

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldNameTheAccountOfATokenOnTheWwwHost() {
        this.http.bearer(this.server.issueLongLivedToken(HOST));

        JsonNode body = FakeHttp.json(this.http.get("www.amocrm.ru", "/oauth2/account/subdomain"));

        assertThat(body.path("subdomain").asString()).isEqualTo("acme");
        assertThat(body.path("domain").asString()).isEqualTo(HOST);
        assertThat(body.path("top_level_domain").asString()).isEqualTo("ru");
        assertThat(body.path("id").asLong()).isEqualTo(this.server.account(HOST).id());
    }

    @Test
    void shouldAnswer401ToTheSubdomainLookupWithoutAValidToken() {
        this.http.bearer("nonsense");

        assertThat(this.http.get("www.amocrm.ru", "/oauth2/account/subdomain").statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> decide(String decision, String state) {
        String form = "client_id=client-1&state=" + state + "&mode=popup&account=" + HOST + "&decision=" + decision;
        return this.http.postForm("www.amocrm.ru", "/oauth", form);
    }

    private HttpResponse<String> exchangeCode(String code) {
        Map<String, Object> body = tokenRequest("authorization_code");
        body.put("code", code);
        return this.http.postJson(HOST, "/oauth2/access_token", body);
    }

    private HttpResponse<String> refresh(String refreshToken) {
        Map<String, Object> body = tokenRequest("refresh_token");
        body.put("refresh_token", refreshToken);
        return this.http.postJson(HOST, "/oauth2/access_token", body);
    }

    private Map<String, Object> tokenRequest(String grantType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", this.integration.clientId());
        body.put("client_secret", this.integration.clientSecret());
        body.put("grant_type", grantType);
        body.put("redirect_uri", this.integration.redirectUri());
        return body;
    }

    private static Map<String, String> query(String location) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }
}
