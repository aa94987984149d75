package io.github.amocrmspring.integration.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.client.WireLogger;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Drives every secret the client handles (client secret, authorization codes, access and refresh tokens, long-lived
 * token, API key, session cookie) through every path that logs or raises: successful and refused authorizations,
 * refreshes, logins, error statuses, dropped connections and timeouts, with every logger at DEBUG and the wire
 * logger on. No secret may appear in any log line or exception message.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "amocrm.debug=true")
@AutoConfigureAmoFakeServer
class SecretLeakIntegrationTests {

    private static final String OAUTH_ACCOUNT = "leak.amocrm.ru";

    private static final String API_KEY_ACCOUNT = "legacy.amocrm.ru";

    private static final String API_KEY = "f3a9c1e07b2d4e6a8c0b1d2e3f405162";

    @Autowired
    private AmoTemplate amoTemplate;

    @Autowired
    private AmoFakeServer server;

    @Autowired
    private TokenStorage tokenStorage;

    @Autowired
    private Environment environment;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private final List<Throwable> failures = new ArrayList<>();

    private final Set<String> secrets = new LinkedHashSet<>();

    private Level rootLevel;

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        registry.add("amocrm.accounts.legacy.host", () -> API_KEY_ACCOUNT);
        registry.add("amocrm.accounts.legacy.login", () -> "leak@example.com");
        registry.add("amocrm.accounts.legacy.api-key", () -> API_KEY);
        registry.add("amocrm.accounts.wrong.host", () -> "wrong.amocrm.ru");
        registry.add("amocrm.accounts.wrong.login", () -> "leak@example.com");
        registry.add("amocrm.accounts.wrong.api-key", () -> "0000000000wrongkey0000000000");
        registry.add("amocrm.api-key.reauth-pause", () -> "10ms");
        registry.add("amocrm.read-timeout", () -> "2s");
    }

    @BeforeEach
    void captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        this.rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        this.appender.start();
        root.addAppender(this.appender);
        this.server.reset();
        for (String host : List.of(OAUTH_ACCOUNT, API_KEY_ACCOUNT, "wrong.amocrm.ru")) {
            if (this.server.accounts().stream()
                    .noneMatch(account -> account.host().equals(host))) {
                this.server.addAccount(host);
            }
        }
        this.server.addApiKeyUser(API_KEY_ACCOUNT, "leak@example.com", API_KEY);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(this.appender);
        root.setLevel(this.rootLevel);
    }

    @Test
    void shouldKeepEverySecretOutOfLogsAndExceptionMessages() {
        FakeIntegration integration = this.server.integrations().get(0);
        this.secrets.add(integration.clientSecret());
        this.secrets.add(this.environment.getProperty("amocrm.accounts.acme.access-token"));
        this.secrets.add(API_KEY);
        assertThat(LoggerFactory.getLogger(WireLogger.LOGGER_NAME).isDebugEnabled())
                .isTrue();

        String code = this.server.issueAuthorizationCode(OAUTH_ACCOUNT, integration.clientId());
        this.secrets.add(code);
        AmoOperations oauth = this.amoTemplate.authorize(OAUTH_ACCOUNT, code);
        rememberTokens();
        attempt(() -> this.amoTemplate.authorize(OAUTH_ACCOUNT, code));
        attempt(() -> this.amoTemplate.authorize(OAUTH_ACCOUNT, "def502000000bogus0000code"));
        this.secrets.add("def502000000bogus0000code");

        oauth.get("/api/v2/leads", Map.of("limit_rows", 1));
        this.server.revokeAccessToken(
                this.tokenStorage.load(OAUTH_ACCOUNT).orElseThrow().accessToken());
        oauth.get("/api/v2/leads");
        rememberTokens();
        this.server.clock().advance(Duration.ofHours(24));
        oauth.get("/api/v2/leads");
        rememberTokens();
        this.server.revokeAccessToken(
                this.tokenStorage.load(OAUTH_ACCOUNT).orElseThrow().accessToken());
        this.server.failNext(500);
        attempt(() -> oauth.get("/api/v2/leads"));
        rememberTokens();
        this.server.revokeTokens(OAUTH_ACCOUNT);
        attempt(() -> oauth.get("/api/v2/leads"));
        attempt(() -> oauth.get("/api/v2/leads"));

        AmoOperations legacy = this.amoTemplate.forAccount("legacy");
        legacy.get("/api/v2/leads");
        this.server.clock().advance(Duration.ofMinutes(16));
        legacy.post("/api/v2/leads", Map.of("add", List.of(Map.of("name", "Deal"))));
        attempt(() -> this.amoTemplate.forAccount("wrong").get("/api/v2/leads"));

        for (int status : new int[] {400, 401, 403, 429, 500, 502, 504}) {
            this.server.failNext(status);
            attempt(() -> this.amoTemplate.get("/api/v2/leads"));
            this.server.failNext(status);
            attempt(() -> legacy.get("/api/v2/leads"));
        }
        this.server.dropNext(1);
        attempt(() -> legacy.ajax("/ajax/leads/list", Map.of("page", 1)));
        this.server.latency(Duration.ofSeconds(3));
        attempt(() -> this.amoTemplate.get("/api/v2/account"));
        this.server.latency(Duration.ZERO);
        this.server.revokeAccessToken(this.environment.getProperty("amocrm.accounts.acme.access-token"));
        attempt(() -> this.amoTemplate.get("/api/v2/leads"));

        collectSessionCookies();
        assertThat(this.failures).hasSizeGreaterThan(15);
        assertThat(this.appender.list).hasSizeGreaterThan(50);
        assertThat(this.secrets)
                .doesNotContainNull()
                .allSatisfy(secret -> assertThat(secret).hasSizeGreaterThan(8));
        // the server may still be logging requests the client gave up on (timeouts, retries): stop capturing first
        this.appender.stop();
        for (ILoggingEvent event : List.copyOf(this.appender.list)) {
            String line = event.getFormattedMessage() + throwableText(event.getThrowableProxy());
            for (String secret : this.secrets) {
                assertThat(line).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
        for (Throwable failure : this.failures) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                for (String secret : this.secrets) {
                    assertThat(String.valueOf(cause.getMessage()))
                            .as("message of %s", cause.getClass().getName())
                            .doesNotContain(secret);
                    assertThat(cause.toString()).doesNotContain(secret);
                }
            }
        }
    }

    private void rememberTokens() {
        this.tokenStorage.load(OAUTH_ACCOUNT).ifPresent(tokens -> {
            this.secrets.add(tokens.accessToken());
            this.secrets.add(tokens.refreshToken());
        });
    }

    private void collectSessionCookies() {
        for (RecordedRequest request : this.server.journal().requests()) {
            String cookie = request.header("Cookie");
            if (cookie != null) {
                for (String pair : cookie.split(";")) {
                    this.secrets.add(pair.substring(pair.indexOf('=') + 1).strip());
                }
            }
        }
        this.secrets.removeIf(secret -> secret.length() <= 8);
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            this.failures.add(ex);
        }
    }

    private static String throwableText(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy cause = proxy; cause != null; cause = cause.getCause()) {
            text.append('\n').append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
