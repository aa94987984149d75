package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of the legacy API-key login and its session. */
class FakeApiKeyTests {

    private static final String HOST = "acme.amocrm.ru";

    private AmoFakeServer server;

    private FakeHttp http;

    @BeforeEach
    void startServer() {
        this.server = AmoFakeServer.builder().requestsPerSecond(0).build().start();
        this.server.addApiKeyUser(HOST, "manager@example.ru", "key-123");
        this.http = new FakeHttp(this.server);
    }

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldLogInWithJsonCredentialsAndSetASessionCookie() {
        HttpResponse<String> response = login("{\"USER_LOGIN\":\"manager@example.ru\",\"USER_HASH\":\"key-123\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FakeHttp.json(response).at("/response/auth").asBoolean()).isTrue();
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("session_id="));
    }

    @Test
    void shouldLogInWithFormCredentials() {
        HttpResponse<String> response = this.http.postForm(
                HOST, "/private/api/auth.php?type=json", "USER_LOGIN=manager%40example.ru&USER_HASH=key-123");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401WithCode110ToWrongCredentials() {
        HttpResponse<String> response = login("{\"USER_LOGIN\":\"manager@example.ru\",\"USER_HASH\":\"wrong\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = FakeHttp.json(response).path("response");
        assertThat(body.path("error_code").asString()).isEqualTo("110");
        assertThat(body.path("auth").asBoolean()).isFalse();
    }

    @Test
    void shouldAcceptCallsWithTheSessionCookie() {
        this.http.cookie(sessionCookie());

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401OnceTheSessionIsFifteenMinutesOld() {
        this.http.cookie(sessionCookie());
        this.server.clock().advance(Duration.ofMinutes(15));

        HttpResponse<String> response = this.http.get(HOST, "/api/v2/account");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("110");
    }

    @Test
    void shouldKeepTheSessionJustUnderFifteenMinutes() {
        this.http.cookie(sessionCookie());
        this.server.clock().advance(Duration.ofMinutes(15).minusSeconds(1));

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAcceptUserLoginAndUserHashQueryParameters() {
        HttpResponse<String> response =
                this.http.get(HOST, "/api/v2/account?USER_LOGIN=manager%40example.ru&USER_HASH=key-123");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAcceptLoginAndApiKeyQueryParameters() {
        HttpResponse<String> response =
                this.http.get(HOST, "/api/v2/account?login=manager%40example.ru&api_key=key-123");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswer401ToAWrongApiKeyInTheQuery() {
        HttpResponse<String> response = this.http.get(HOST, "/api/v2/account?login=manager%40example.ru&api_key=bad");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseASessionOfAnotherAccount() {
        this.server.addAccount("globex.amocrm.ru");
        this.http.cookie(sessionCookie());

        assertThat(this.http.get("globex.amocrm.ru", "/api/v2/account").statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> login(String json) {
        return this.http.postJson(HOST, "/private/api/auth.php?type=json", json);
    }

    private String sessionCookie() {
        HttpResponse<String> response = login("{\"USER_LOGIN\":\"manager@example.ru\",\"USER_HASH\":\"key-123\"}");
        return response.headers().allValues("Set-Cookie").stream()
                .filter((cookie) -> cookie.startsWith("session_id="))
                .map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }
}
