package io.github.amocrmspring.integration.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AccountPart;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Several accounts in one application: the default one with a long-lived token, one authorized through OAuth at run
 * time, and one with a legacy API key; and raw GET, POST and AJAX requests to each.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@AutoConfigureAmoFakeServer
class AccountsAndRawRequestsIntegrationTests {

    private static final String ACME = AmoFakeServer.DEFAULT_ACCOUNT;

    private static final String BETA = "beta.amocrm.ru";

    private static final String GAMMA = "gamma.kommo.com";

    @Autowired
    private AmoTemplate amoTemplate;

    @Autowired
    private AmoFakeServer server;

    @Autowired
    private TokenStorage tokenStorage;

    @DynamicPropertySource
    static void legacyAccount(DynamicPropertyRegistry registry) {
        registry.add("amocrm.accounts.gamma.host", () -> GAMMA);
        registry.add("amocrm.accounts.gamma.login", () -> "manager@example.com");
        registry.add("amocrm.accounts.gamma.api-key", () -> "gamma-api-key-0123456789");
        registry.add("amocrm.api-key.reauth-pause", () -> "100ms");
    }

    @BeforeEach
    void resetServer() {
        this.server.reset();
        for (String host : List.of(BETA, GAMMA)) {
            if (this.server.accounts().stream()
                    .noneMatch(account -> account.host().equals(host))) {
                this.server.addAccount(host);
                if (host.equals(GAMMA)) {
                    this.server.addApiKeyUser(GAMMA, "manager@example.com", "gamma-api-key-0123456789");
                }
            }
        }
        this.tokenStorage.delete(BETA);
        this.amoTemplate.getAccounts().forget(BETA);
        this.amoTemplate.getAccounts().forget(GAMMA);
    }

    @Test
    void shouldWorkWithSeveralAccountsEachWithItsOwnCredentials() {
        AmoOperations beta = this.amoTemplate.authorize(BETA, this.server.issueAuthorizationCode(BETA, clientId()));
        AmoOperations gamma = this.amoTemplate.forAccount("gamma");

        long acmeLead = this.server.account(ACME).addLead("Acme deal");
        long betaLead = this.server.account(BETA).addLead("Beta deal");

        assertThat(this.amoTemplate.get("/api/v2/leads", Map.of("id", acmeLead)).items())
                .hasSize(1);
        assertThat(beta.get("/api/v2/leads", Map.of("id", betaLead)).items()).hasSize(1);
        assertThat(beta.get("/api/v2/leads", Map.of("id", acmeLead)).isEmpty()).isTrue();
        assertThat(gamma.account().getName()).isNotBlank();

        assertThat(this.amoTemplate.client().getAuthKind()).isEqualTo(AuthKind.LONG_LIVED_TOKEN);
        assertThat(beta.client().getAuthKind()).isEqualTo(AuthKind.OAUTH);
        assertThat(gamma.client().getAuthKind()).isEqualTo(AuthKind.API_KEY);
        assertThat(this.amoTemplate.forAccount("beta").accountHost()).isEqualTo(BETA);
        assertThat(this.amoTemplate.forAccount("https://gamma.kommo.com/").accountHost())
                .isEqualTo(GAMMA);
        RecordedRequest gammaRequest = this.server.journal().last("GET", "/api/v2/account");
        assertThat(gammaRequest.host()).isEqualTo(GAMMA);
        assertThat(gammaRequest.header("Cookie")).contains("session_id=");
        assertThat(gammaRequest.header("Authorization")).isNull();
        assertThat(this.server.journal().countWithStatus(429)).isZero();
    }

    @Test
    void shouldLogInWithApiKeyAndAgainWhenSessionExpires() {
        AmoOperations gamma = this.amoTemplate.forAccount(GAMMA);
        gamma.get("/api/v2/leads");

        this.server.clock().advance(Duration.ofMinutes(16));
        assertThat(gamma.get("/api/v2/leads").status()).isIn(200, 204);

        List<RecordedRequest> requests =
                this.server.journal().requests(request -> request.host().equals(GAMMA));
        assertThat(requests)
                .extracting(RecordedRequest::path)
                .containsExactly(
                        "/private/api/auth.php",
                        "/api/v2/leads",
                        "/api/v2/leads",
                        "/private/api/auth.php",
                        "/api/v2/leads");
        assertThat(requests.get(2).status()).isEqualTo(401);
        assertThat(requests.get(0).bodyAsJson().path("USER_LOGIN").asString()).isEqualTo("manager@example.com");
    }

    @Test
    void shouldSendRawGetWithNestedFilter() {
        this.server.account(ACME).seedLeads(3);

        AmoResponse response = this.amoTemplate.get(
                "/api/v2/leads", Map.of("limit_rows", 2, "filter", Map.of("date_create", Map.of("from", 1))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.items()).hasSize(2);
        RecordedRequest request = this.server.journal().last("GET", "/api/v2/leads");
        assertThat(request.queryParameters()
                        .path("filter")
                        .path("date_create")
                        .path("from")
                        .asString())
                .isEqualTo("1");
    }

    @Test
    void shouldSendRawPostAsJson() {
        AmoResponse response = this.amoTemplate.post(
                "/api/v2/leads", Map.of("add", List.of(Map.of("name", "Raw deal", "sale", 1500))));

        assertThat(response.items()).hasSize(1);
        long id = response.items().get(0).path("id").asLong();
        assertThat(this.server
                        .account(ACME)
                        .entity(io.github.amocrmspring.test.server.EntityType.LEAD, id)
                        .path("name")
                        .asString())
                .isEqualTo("Raw deal");
    }

    @Test
    void shouldSendAjaxFormWithRequestedWithHeader() {
        this.server.account(ACME).seedContacts(3);

        AmoResponse response = this.amoTemplate.ajax(
                "/ajax/contacts/list", Map.of("useFilter", "y", "element_type", 1, "json", 1, "page", 1));

        assertThat(response.body().path("response").path("items").size()).isEqualTo(3);
        RecordedRequest request = this.server.journal().last("POST", "/ajax/contacts/list");
        assertThat(request.header("X-Requested-With")).isEqualTo("XMLHttpRequest");
        assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void shouldReadAccountWithParts() {
        var account = this.amoTemplate.account(AccountPart.USERS, AccountPart.PIPELINES);

        assertThat(account.getName()).isNotBlank();
        assertThat(this.server.journal().last("GET", "/api/v2/account").queryParameter("with"))
                .isEqualTo("users,pipelines");
    }

    private String clientId() {
        return this.server.integrations().get(0).clientId();
    }
}
