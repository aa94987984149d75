package io.github.amocrmspring.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.autoconfigure.AmoAutoConfiguration;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.support.StubAmoServer;
import io.github.amocrmspring.support.StubAmoServer.Recorded;
import io.github.amocrmspring.support.StubAmoServer.Reply;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class ApiKeyAuthenticationTests {

    private final StubAmoServer server = new StubAmoServer();

    private final AtomicInteger sessions = new AtomicInteger();

    private final AtomicReference<String> validSession = new AtomicReference<>();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class, RestClientAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withPropertyValues(
                    "amocrm.base-url=" + this.server.baseUrl(),
                    "amocrm.accounts.legacy.host=legacy.amocrm.ru",
                    "amocrm.accounts.legacy.login=user@example.com",
                    "amocrm.accounts.legacy.api-key=api-key-1",
                    "amocrm.api-key.reauth-pause=50ms");

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldLogInWithJsonBodyAndSendSessionCookie() {
        this.server.respond(this::handle);

        this.contextRunner.run(context -> assertThat(
                        context.getBean(AmoTemplate.class).get("/api/v2/leads").status())
                .isEqualTo(200));

        Recorded login = this.server.requests().get(0);
        assertThat(login.path()).isEqualTo("/private/api/auth.php");
        assertThat(login.query()).isEqualTo("type=json");
        assertThat(login.header("Content-Type")).startsWith("application/json");
        assertThat(login.body()).isEqualTo("{\"USER_LOGIN\":\"user@example.com\",\"USER_HASH\":\"api-key-1\"}");
        Recorded request = this.server.requests().get(1);
        assertThat(request.header("Cookie")).isEqualTo("session_id=session-1; user_lang=ru");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void shouldLogInAgainWhenSessionExpires() {
        this.server.respond(this::handle);

        this.contextRunner.run(context -> {
            AmoTemplate template = context.getBean(AmoTemplate.class);
            template.get("/api/v2/leads");
            this.validSession.set(null);

            assertThat(template.get("/api/v2/leads").status()).isEqualTo(200);
        });

        assertThat(this.server.requests())
                .extracting(Recorded::path)
                .containsExactly(
                        "/private/api/auth.php",
                        "/api/v2/leads",
                        "/api/v2/leads",
                        "/private/api/auth.php",
                        "/api/v2/leads");
        assertThat(this.server.requests().get(4).header("Cookie")).contains("session-2");
    }

    @Test
    void shouldGiveUpAfterConfiguredLoginsAndStillLogInForLaterRequests() {
        this.server.respond(request -> request.path().equals("/private/api/auth.php")
                ? handle(request)
                : Reply.json(401, "{\"response\":{\"error\":\"Unauthorized\"}}"));

        this.contextRunner
                .withPropertyValues("amocrm.api-key.reauth-attempts=2")
                .run(context -> {
                    AmoTemplate template = context.getBean(AmoTemplate.class);
                    assertThatExceptionOfType(AmoAuthorizationException.class)
                            .isThrownBy(() -> template.get("/api/v2/leads"))
                            .withMessageContaining("after 2 new login(s)");
                    assertThat(this.sessions).hasValue(3);

                    assertThatExceptionOfType(AmoAuthorizationException.class)
                            .isThrownBy(() -> template.get("/api/v2/leads"));
                    assertThat(this.sessions).hasValue(5);
                });
    }

    @Test
    void shouldRaiseAuthorizationExceptionForWrongApiKey() {
        this.server.respond(request -> Reply.json(
                401, "{\"response\":{\"auth\":false,\"error\":\"Wrong login or password\",\"error_code\":\"110\"}}"));

        this.contextRunner.run(context -> assertThatExceptionOfType(AmoAuthorizationException.class)
                .isThrownBy(() -> context.getBean(AmoTemplate.class).get("/api/v2/leads"))
                .withMessageContaining("legacy.amocrm.ru")
                .withMessageContaining("110")
                .withMessageNotContaining("api-key-1"));
    }

    @Test
    void shouldUseLongLivedTokenAsIsAndFailOn401() {
        this.server.respond(request -> Reply.json(401, "{\"title\":\"Unauthorized\"}"));

        this.contextRunner
                .withPropertyValues(
                        "amocrm.accounts.kommo.host=acme.kommo.com", "amocrm.accounts.kommo.access-token=jwt-1")
                .run(context -> assertThatExceptionOfType(AmoAuthorizationException.class)
                        .isThrownBy(() -> context.getBean(AmoTemplate.class)
                                .forAccount("kommo")
                                .get("/api/v2/leads"))
                        .withMessageContaining("long-lived token of account acme.kommo.com")
                        .withMessageNotContaining("jwt-1"));

        assertThat(this.server.requests()).hasSize(1);
        assertThat(this.server.requests().get(0).header("Authorization")).isEqualTo("Bearer jwt-1");
    }

    private Reply handle(Recorded request) {
        if (request.path().equals("/private/api/auth.php")) {
            String session = "session-" + this.sessions.incrementAndGet();
            this.validSession.set(session);
            return Reply.json(200, "{\"response\":{\"auth\":true,\"server_time\":1}}")
                    .withHeader("Set-Cookie", "session_id=" + session + "; path=/; HttpOnly")
                    .withHeader("Set-cookie", "user_lang=ru; path=/");
        }
        String cookie = request.header("Cookie");
        String session = this.validSession.get();
        if (cookie == null || session == null || !cookie.contains(session)) {
            return Reply.json(401, "{\"response\":{\"error\":\"Unauthorized\"}}");
        }
        return Reply.json(200, "{\"_embedded\":{\"items\":[]}}");
    }
}
