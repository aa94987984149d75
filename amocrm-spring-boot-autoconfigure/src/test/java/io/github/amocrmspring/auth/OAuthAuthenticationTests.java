package io.github.amocrmspring.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.autoconfigure.AmoAutoConfiguration;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.error.AmoApiException;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.support.MutableClock;
import io.github.amocrmspring.support.StubAmoServer;
import io.github.amocrmspring.support.StubAmoServer.Recorded;
import io.github.amocrmspring.support.StubAmoServer.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OAuthAuthenticationTests {

    private static final String ACME = "acme.amocrm.ru";

    private final StubAmoServer server = new StubAmoServer();

    private final TokenServer tokens = new TokenServer();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class, RestClientAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withBean(Clock.class, () -> this.clock)
            .withPropertyValues(
                    "amocrm.base-url=" + this.server.baseUrl(),
                    "amocrm.default-account=acme",
                    "amocrm.oauth.client-id=client-1",
                    "amocrm.oauth.client-secret=secret-1",
                    "amocrm.oauth.redirect-uri=https://app.example.com/callback");

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldAuthorizeWithCodeAndStoreTokensWithExpiry() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            template(context).authorize("https://acme.amocrm.ru", "code-1");

            StoredTokens stored = context.getBean(TokenStorage.class).load(ACME).orElseThrow();
            assertThat(stored.accessToken()).isEqualTo("access-1");
            assertThat(stored.refreshToken()).isEqualTo("refresh-1");
            assertThat(stored.expiresAt()).isEqualTo(this.clock.instant().plusSeconds(86400));
            assertThat(stored.refreshedAt()).isEqualTo(this.clock.instant());
            assertThat(template(context).get("/api/v2/account").status()).isEqualTo(200);
        });

        Recorded exchange = this.server.requests("/oauth2/access_token").get(0);
        assertThat(exchange.host()).isEqualTo(ACME);
        assertThat(exchange.header("Authorization")).isNull();
        JsonNode body = json(exchange.body());
        assertThat(body.path("grant_type").asString()).isEqualTo("authorization_code");
        assertThat(body.path("code").asString()).isEqualTo("code-1");
        assertThat(body.path("client_id").asString()).isEqualTo("client-1");
        assertThat(body.path("client_secret").asString()).isEqualTo("secret-1");
        assertThat(body.path("redirect_uri").asString()).isEqualTo("https://app.example.com/callback");
    }

    @Test
    void shouldRefuseUnknownCodeWithAuthorizationException() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> template(context).authorize(ACME, "bad-code"))
                    .withMessageContaining("Authorization code has been revoked")
                    .withMessageNotContaining("bad-code")
                    .withMessageNotContaining("secret-1");
            assertThat(context.getBean(TokenStorage.class).hasTokens(ACME)).isFalse();
        });
    }

    @Test
    void shouldRefreshOn401AndRetryTheRequestOnce() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            template(context).authorize(ACME, "code-1");
            this.tokens.revokeAccessTokens();

            assertThat(template(context).get("/api/v2/leads").status()).isEqualTo(200);

            assertThat(context.getBean(TokenStorage.class)
                            .load(ACME)
                            .orElseThrow()
                            .accessToken())
                    .isEqualTo("access-2");
        });

        List<Recorded> requests = this.server.requests();
        assertThat(requests)
                .extracting(Recorded::path)
                .containsExactly("/oauth2/access_token", "/api/v2/leads", "/oauth2/access_token", "/api/v2/leads");
        Recorded refresh = requests.get(2);
        assertThat(refresh.header("Authorization")).isNull();
        assertThat(json(refresh.body()).path("grant_type").asString()).isEqualTo("refresh_token");
        assertThat(json(refresh.body()).path("refresh_token").asString()).isEqualTo("refresh-1");
        assertThat(requests.get(3).header("Authorization")).isEqualTo("Bearer access-2");
    }

    @Test
    void shouldRefreshShortlyBeforeExpiryWithoutWaitingFor401() {
        this.server.respond(this.tokens::handle);

        this.contextRunner
                .withPropertyValues("amocrm.oauth.refresh-before-expiry=10m")
                .run(context -> {
                    template(context).authorize(ACME, "code-1");
                    this.clock.advance(Duration.ofHours(24).minusMinutes(9));

                    template(context).get("/api/v2/leads");
                });

        assertThat(this.server.requests())
                .extracting(Recorded::path)
                .containsExactly("/oauth2/access_token", "/oauth2/access_token", "/api/v2/leads");
        assertThat(this.server.requests().get(2).header("Authorization")).isEqualTo("Bearer access-2");
    }

    @Test
    void shouldMarkAccountAsNeedingAuthorizationWhenRefreshIsRefused() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            TokenStorage storage = context.getBean(TokenStorage.class);
            template(context).authorize(ACME, "code-1");
            this.tokens.revokeAccessTokens();
            this.tokens.revokeRefreshTokens();

            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> template(context).get("/api/v2/leads"))
                    .withMessageContaining(ACME)
                    .withMessageContaining("needs a new authorization")
                    .withMessageContaining("Invalid refresh token");
            assertThat(storage.load(ACME).orElseThrow().needsAuthorization()).isTrue();

            int requestsBefore = this.server.requests().size();
            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> template(context).get("/api/v2/leads"));
            assertThat(this.server.requests()).hasSize(requestsBefore);

            template(context).authorize(ACME, "code-2");
            assertThat(template(context).get("/api/v2/leads").status()).isEqualTo(200);
            assertThat(storage.load(ACME).orElseThrow().needsAuthorization()).isFalse();
        });
    }

    @Test
    void shouldKeepAccountUsableWhenTokenEndpointFailsTransiently() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            template(context).authorize(ACME, "code-1");
            this.tokens.revokeAccessTokens();
            this.tokens.failNextTokenRequests(1);

            assertThatExceptionOfType(AmoApiException.class)
                    .isThrownBy(() -> template(context).get("/api/v2/leads"))
                    .satisfies(ex -> assertThat(ex.getStatus()).isEqualTo(503));
            assertThat(context.getBean(TokenStorage.class)
                            .load(ACME)
                            .orElseThrow()
                            .needsAuthorization())
                    .isFalse();

            assertThat(template(context).get("/api/v2/leads").status()).isEqualTo(200);
        });
    }

    @Test
    void shouldFailWhenRefreshedTokenIsRefusedAgain() {
        this.server.respond(request -> request.path().equals("/oauth2/access_token")
                ? this.tokens.handle(request)
                : Reply.json(401, "{\"title\":\"Unauthorized\"}"));

        this.contextRunner.run(context -> {
            template(context).authorize(ACME, "code-1");

            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> template(context).get("/api/v2/leads"))
                    .withMessageContaining("again right after it was refreshed");
        });

        assertThat(this.server.requests("/api/v2/leads")).hasSize(2);
        assertThat(this.server.requests("/oauth2/access_token")).hasSize(2);
    }

    @Test
    void shouldKeepOtherAccountsWorkingWhenOneNeedsAuthorization() {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            template(context).authorize(ACME, "code-1");
            template(context).authorize("other.kommo.com", "code-2");
            this.tokens.revoke("access-1", "refresh-1");

            assertThatExceptionOfType(AmoAuthorizationException.class)
                    .isThrownBy(() -> template(context).get("/api/v2/leads"));
            assertThat(template(context)
                            .forAccount("other.kommo.com")
                            .get("/api/v2/leads")
                            .status())
                    .isEqualTo(200);
        });
    }

    @Test
    void shouldRefreshOnceWhenManyThreadsSee401() throws Exception {
        this.server.respond(this.tokens::handle);

        this.contextRunner.run(context -> {
            template(context).authorize(ACME, "code-1");
            template(context).get("/api/v2/leads");
            this.tokens.revokeAccessTokens();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService executor = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return template(context).get("/api/v2/leads").status();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
            executor.shutdown();
        });

        assertThat(this.tokens.refreshes).hasValue(1);
    }

    @Test
    void shouldExplainThatAnAccountWithoutTokensMustBeAuthorized() {
        this.contextRunner.run(context -> assertThatExceptionOfType(AmoAuthorizationException.class)
                .isThrownBy(() -> template(context).get("/api/v2/leads"))
                .withMessageContaining("has no tokens")
                .withMessageContaining("AmoTemplate.authorize"));
        assertThat(this.server.requests()).isEmpty();
    }

    @Test
    void shouldBuildAuthorizationUri() {
        this.contextRunner.run(context -> assertThat(template(context).authorizationUri("state 1"))
                .hasToString(this.server.baseUrl().replace("{host}", "www.amocrm.ru")
                        + "/oauth?client_id=client-1&state=state+1"));
    }

    private static AmoTemplate template(AssertableApplicationContext context) {
        return context.getBean(AmoTemplate.class);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    /** Plays amoCRM's token endpoint and checks bearer tokens: rotating refresh tokens, revocable access tokens. */
    static final class TokenServer {

        final AtomicInteger refreshes = new AtomicInteger();

        private final AtomicInteger generation = new AtomicInteger();

        private final Map<String, Boolean> validAccessTokens = new ConcurrentHashMap<>();

        private final Map<String, Boolean> validRefreshTokens = new ConcurrentHashMap<>();

        private final AtomicInteger failures = new AtomicInteger();

        Reply handle(Recorded request) {
            if (request.path().equals("/oauth2/access_token")) {
                return token(json(request.body()));
            }
            String authorization = request.header("Authorization");
            if (authorization == null || !this.validAccessTokens.containsKey(authorization.substring(7))) {
                return Reply.json(401, "{\"title\":\"Unauthorized\",\"status\":401}");
            }
            return Reply.json(200, "{\"_embedded\":{\"items\":[]}}");
        }

        void revokeAccessTokens() {
            this.validAccessTokens.clear();
        }

        void revokeRefreshTokens() {
            this.validRefreshTokens.clear();
        }

        void revoke(String accessToken, String refreshToken) {
            this.validAccessTokens.remove(accessToken);
            this.validRefreshTokens.remove(refreshToken);
        }

        void failNextTokenRequests(int count) {
            this.failures.set(count);
        }

        private synchronized Reply token(JsonNode body) {
            if (this.failures.getAndDecrement() > 0) {
                return Reply.json(503, "{\"title\":\"Service unavailable\"}");
            }
            String grant = body.path("grant_type").asString();
            if (grant.equals("authorization_code")
                    && !body.path("code").asString().startsWith("code-")) {
                return Reply.json(
                        400,
                        "{\"hint\":\"Authorization code has been revoked\",\"title\":\"Bad request\","
                                + "\"status\":400}");
            }
            if (grant.equals("refresh_token")) {
                if (this.validRefreshTokens.remove(body.path("refresh_token").asString()) == null) {
                    return Reply.json(
                            400, "{\"hint\":\"Invalid refresh token\",\"title\":\"Bad request\"," + "\"status\":400}");
                }
                this.refreshes.incrementAndGet();
            }
            int next = this.generation.incrementAndGet();
            this.validAccessTokens.put("access-" + next, true);
            this.validRefreshTokens.put("refresh-" + next, true);
            return Reply.json(
                    200,
                    "{\"token_type\":\"Bearer\",\"expires_in\":86400,\"access_token\":\"access-" + next
                            + "\",\"refresh_token\":\"refresh-" + next + "\"}");
        }
    }
}
