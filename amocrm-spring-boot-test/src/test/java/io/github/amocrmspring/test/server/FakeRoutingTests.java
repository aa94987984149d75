package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests of how the fake server finds accounts by host. */
class FakeRoutingTests {

    private AmoFakeServer server;

    private FakeHttp http;

    @BeforeEach
    void startServer() {
        this.server = AmoFakeServer.builder()
                .account("acme.amocrm.ru")
                .account("globex.kommo.com")
                .account("initech.amocrm.com")
                .requestsPerSecond(0)
                .build()
                .start();
        this.http = new FakeHttp(this.server);
    }

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldAnswer401WithCode101ForAnUnknownAccount() {
        HttpResponse<String> response = this.http.get("nobody.amocrm.ru", "/api/v2/leads");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("101");
    }

    @Test
    void shouldServeAccountsOnKommoAndAmocrmComHosts() {
        for (String host : new String[] {"globex.kommo.com", "initech.amocrm.com"}) {
            this.http.bearer(this.server.issueLongLivedToken(host));

            HttpResponse<String> response = this.http.get(host, "/api/v2/account");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(FakeHttp.json(response).path("subdomain").asString()).isEqualTo(host.split("\\.")[0]);
        }
    }

    @Test
    void shouldRefuseATokenOfAnotherAccount() {
        this.http.bearer(this.server.issueLongLivedToken("globex.kommo.com"));

        assertThat(this.http.get("acme.amocrm.ru", "/api/v2/account").statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldExposeTheBaseUrlTemplateWithAHostPlaceholder() {
        assertThat(this.server.baseUrlTemplate()).isEqualTo("http://127.0.0.1:" + this.server.port() + "/{host}");
        assertThat(this.server.baseUrl("acme.amocrm.ru"))
                .isEqualTo("http://127.0.0.1:" + this.server.port() + "/acme.amocrm.ru");
    }

    @Test
    void shouldAnswer404ForAnUnknownApiPath() {
        this.http.bearer(this.server.issueLongLivedToken("acme.amocrm.ru"));

        assertThat(this.http.get("acme.amocrm.ru", "/api/v2/unknown").statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldAnswer401WithoutCredentials() {
        assertThat(this.http.get("acme.amocrm.ru", "/api/v2/leads").statusCode())
                .isEqualTo(401);
    }

    @Test
    void shouldAnswer405ToAnUnsupportedMethodOnAnEntity() {
        this.http.bearer(this.server.issueLongLivedToken("acme.amocrm.ru"));

        HttpResponse<String> response = this.http.send(
                this.http.request("acme.amocrm.ru", "/api/v2/leads").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldAnswer401WithCode101AtTheTokenEndpointOfAnUnknownAccount() {
        HttpResponse<String> response = this.http.postJson("nobody.amocrm.ru", "/oauth2/access_token", "{}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("101");
    }

    @Test
    void shouldMapABareSubdomainToAnAmocrmRuAccount() {
        assertThat(this.server.addAccount("hooli").host()).isEqualTo("hooli.amocrm.ru");
    }
}
