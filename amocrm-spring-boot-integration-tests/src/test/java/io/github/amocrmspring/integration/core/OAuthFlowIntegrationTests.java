package io.github.amocrmspring.integration.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CoreTestApplication.class)
@AutoConfigureAmoFakeServer
class OAuthFlowIntegrationTests {

    private static final String BETA = "beta.amocrm.ru";

    @Autowired
    private AmoTemplate amoTemplate;

    @Autowired
    private AmoFakeServer server;

    @Autowired
    private TokenStorage tokenStorage;

    @BeforeEach
    void resetServerAndTokens() {
        this.server.reset();
        if (this.server.accounts().stream().noneMatch(account -> account.host().equals(BETA))) {
            this.server.addAccount(BETA);
        }
        this.tokenStorage.delete(BETA);
        this.amoTemplate.getAccounts().forget(BETA);
    }

    @Test
    void shouldAuthorizeAccountWithCodeFromCallback() {
        String code = this.server.issueAuthorizationCode(BETA, clientId());

        AmoOperations beta = this.amoTemplate.authorize("beta.amocrm.ru", code);

        StoredTokens tokens = this.tokenStorage.load(BETA).orElseThrow();
        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.expiresAt()).isEqualTo(this.server.clock().instant().plus(Duration.ofHours(24)));
        assertThat(beta.account().getName()).isNotBlank();
        assertThat(this.server.journal().last("GET", "/api/v2/account").header("Authorization"))
                .isEqualTo("Bearer " + tokens.accessToken());
        assertThat(this.server.journal().countWithStatus(429)).isZero();
    }

    @Test
    void shouldRefreshOn401AndRetryOnceWithoutSendingTheExpiredToken() {
        AmoOperations beta = authorizeBeta();
        StoredTokens before = this.tokenStorage.load(BETA).orElseThrow();
        this.server.revokeAccessToken(before.accessToken());
        this.server.journal().clear();

        assertThat(beta.get("/api/v2/leads").status()).isIn(200, 204);

        List<RecordedRequest> requests = this.server.journal().requests();
        assertThat(requests)
                .extracting(RecordedRequest::path)
                .containsExactly("/api/v2/leads", "/oauth2/access_token", "/api/v2/leads");
        assertThat(requests)
                .extracting(RecordedRequest::status)
                .containsExactly(401, 200, requests.get(2).status());
        assertThat(requests.get(1).header("Authorization")).isNull();
        assertThat(requests.get(1).bodyAsJson().path("grant_type").asString()).isEqualTo("refresh_token");
        StoredTokens after = this.tokenStorage.load(BETA).orElseThrow();
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(requests.get(2).header("Authorization")).isEqualTo("Bearer " + after.accessToken());
    }

    @Test
    void shouldRefreshShortlyBeforeExpiryWithoutAny401() {
        AmoOperations beta = authorizeBeta();
        this.server.clock().advance(Duration.ofHours(24).minusMinutes(2));
        this.server.journal().clear();

        beta.get("/api/v2/leads");

        assertThat(this.server.journal().requests())
                .extracting(RecordedRequest::path)
                .containsExactly("/oauth2/access_token", "/api/v2/leads");
        assertThat(this.server.journal().countWithStatus(401)).isZero();
        assertThat(this.tokenStorage.load(BETA).orElseThrow().expiresAt())
                .isEqualTo(this.server.clock().instant().plus(Duration.ofHours(24)));
    }

    @Test
    void shouldMarkAccountAsNeedingAuthorizationWhenIntegrationIsDisabled() {
        AmoOperations beta = authorizeBeta();
        this.server.revokeTokens(BETA);

        assertThatExceptionOfType(AmoAuthorizationException.class)
                .isThrownBy(() -> beta.get("/api/v2/leads"))
                .withMessageContaining(BETA)
                .withMessageContaining("needs a new authorization");

        assertThat(this.tokenStorage.load(BETA).orElseThrow().needsAuthorization())
                .isTrue();
        assertThat(this.amoTemplate.get("/api/v2/leads").status()).isIn(200, 204);

        AmoOperations reauthorized =
                this.amoTemplate.authorize(BETA, this.server.issueAuthorizationCode(BETA, clientId()));
        assertThat(reauthorized.get("/api/v2/leads").status()).isIn(200, 204);
        assertThat(this.tokenStorage.load(BETA).orElseThrow().needsAuthorization())
                .isFalse();
    }

    @Test
    void shouldRefuseReusedAuthorizationCode() {
        String code = this.server.issueAuthorizationCode(BETA, clientId());
        this.amoTemplate.authorize(BETA, code);

        assertThatExceptionOfType(AmoAuthorizationException.class)
                .isThrownBy(() -> this.amoTemplate.authorize(BETA, code))
                .withMessageContaining("authorization code of account " + BETA)
                .withMessageNotContaining(code);
    }

    @Test
    void shouldLookUpAccountDomain() {
        AmoOperations beta = authorizeBeta();

        assertThat(beta.accountDomain().domain()).isEqualTo(BETA);
        assertThat(beta.accountDomain().subdomain()).isEqualTo("beta");
    }

    private AmoOperations authorizeBeta() {
        return this.amoTemplate.authorize(BETA, this.server.issueAuthorizationCode(BETA, clientId()));
    }

    private String clientId() {
        return this.server.integrations().get(0).clientId();
    }
}
