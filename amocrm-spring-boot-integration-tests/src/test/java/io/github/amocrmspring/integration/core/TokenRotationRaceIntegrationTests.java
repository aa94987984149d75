package io.github.amocrmspring.integration.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import io.github.amocrmspring.test.jdbc.TestDatabase;
import io.github.amocrmspring.test.jdbc.TestDatabaseKind;
import io.github.amocrmspring.test.jdbc.TestDatabases;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.FakeIntegration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances share one database and one OAuth account. In each round the account's access token is
 * revoked and both instances, two threads each, send a request at the same moment: all four see 401, yet the
 * refresh token (which rotates) must be used exactly once, and every request must succeed on its retry.
 */
class TokenRotationRaceIntegrationTests {

    private static final String ACCOUNT = "race.amocrm.ru";

    private static final int ROUNDS = 50;

    private final List<AutoCloseable> resources = new ArrayList<>();

    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @AfterEach
    void close() throws Exception {
        this.executor.shutdownNow();
        for (int i = this.resources.size() - 1; i >= 0; i--) {
            this.resources.get(i).close();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = TestDatabaseKind.class,
            names = {"POSTGRESQL", "MARIADB"})
    void shouldRefreshOncePerRoundAndNeverLoseTheAuthorization(TestDatabaseKind kind) throws Exception {
        AmoFakeServer server =
                AmoFakeServer.builder().requestsPerSecond(0).build().start();
        this.resources.add(server);
        server.addAccount(ACCOUNT);
        FakeIntegration integration = server.registerIntegration("https://app.example.com/callback");
        TestDatabase database = TestDatabases.create(kind);
        this.resources.add(database);
        ConfigurableApplicationContext first = start(server, integration, database);
        ConfigurableApplicationContext second = start(server, integration, database);
        AmoTemplate firstTemplate = first.getBean(AmoTemplate.class);
        AmoTemplate secondTemplate = second.getBean(AmoTemplate.class);
        TokenStorage storage = first.getBean(TokenStorage.class);
        firstTemplate.authorize(ACCOUNT, server.issueAuthorizationCode(ACCOUNT, integration.clientId()));
        firstTemplate.get("/api/v2/leads");
        secondTemplate.get("/api/v2/leads");

        for (int round = 0; round < ROUNDS; round++) {
            StoredTokens before = storage.load(ACCOUNT).orElseThrow();
            server.revokeAccessToken(before.accessToken());
            int refreshesBefore = server.journal().count("POST", "/oauth2/access_token");

            runAtOnce(List.of(firstTemplate, firstTemplate, secondTemplate, secondTemplate));

            StoredTokens after = storage.load(ACCOUNT).orElseThrow();
            assertThat(server.journal().count("POST", "/oauth2/access_token") - refreshesBefore)
                    .as("refreshes in round %d", round)
                    .isEqualTo(1);
            assertThat(after.needsAuthorization()).isFalse();
            assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        }

        assertThat(server.journal().countWithStatus(400)).isZero();
        assertThat(firstTemplate.get("/api/v2/leads").status()).isIn(200, 204);
        assertThat(secondTemplate.get("/api/v2/leads").status()).isIn(200, 204);
    }

    private void runAtOnce(List<AmoTemplate> templates) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (AmoTemplate template : templates) {
            results.add(this.executor.submit(() -> {
                start.await();
                return template.get("/api/v2/leads").status();
            }));
        }
        start.countDown();
        for (Future<Integer> result : results) {
            assertThat(result.get(60, TimeUnit.SECONDS)).isIn(200, 204);
        }
    }

    private ConfigurableApplicationContext start(
            AmoFakeServer server, FakeIntegration integration, TestDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("spring.main.banner-mode", "off");
        properties.put("amocrm.base-url", server.baseUrlTemplate());
        properties.put("amocrm.default-account", ACCOUNT);
        properties.put("amocrm.oauth.client-id", integration.clientId());
        properties.put("amocrm.oauth.client-secret", integration.clientSecret());
        properties.put("amocrm.oauth.redirect-uri", integration.redirectUri());
        properties.put("amocrm.jdbc.initialize-schema", "always");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RaceApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
        this.resources.add(context);
        return context;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class RaceApplication {}
}
