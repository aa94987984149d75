package io.github.amocrmspring.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.InMemoryTokenStorage;
import io.github.amocrmspring.storage.StoredTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class AmoHealthIndicatorTests {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryTokenStorage storage = new InMemoryTokenStorage();

    private final AccountBlocks blocks = new AccountBlocks(Duration.ofMinutes(10), this.clock);

    private final AmoHealthIndicator indicator = new AmoHealthIndicator(
            this.storage,
            () -> Map.of("acme.amocrm.ru", AuthKind.OAUTH, "token.amocrm.ru", AuthKind.LONG_LIVED_TOKEN),
            this.blocks,
            this.clock);

    @Test
    void shouldBeUpWhenEveryAccountIsAuthorized() {
        this.storage.save(StoredTokens.oauth(
                "acme.amocrm.ru", "access", "refresh", NOW.plus(Duration.ofHours(20)), NOW.minusSeconds(60)));

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(account(health, "acme.amocrm.ru"))
                .containsEntry("authKind", "OAUTH")
                .containsEntry("authorized", true)
                .containsEntry("needsAuthorization", false)
                .containsEntry("expiresAt", "2026-12-04T08:00:00Z")
                .containsEntry("expired", false);
    }

    @Test
    void shouldBeDownWhenAnAccountNeedsAuthorization() {
        this.storage.save(StoredTokens.oauth(
                "acme.amocrm.ru", "access", "refresh", NOW.plus(Duration.ofHours(20)), NOW.minusSeconds(60)));
        this.storage.save(StoredTokens.oauth("other.amocrm.ru", "access", "refresh", NOW.minusSeconds(10), NOW)
                .withNeedsAuthorization());

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(account(health, "other.amocrm.ru"))
                .containsEntry("authorized", false)
                .containsEntry("needsAuthorization", true)
                .containsEntry("expired", true);
    }

    @Test
    void shouldReportConfiguredOAuthAccountWithoutTokensAsNeedingAuthorization() {
        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(account(health, "acme.amocrm.ru"))
                .containsEntry("authorized", false)
                .containsEntry("needsAuthorization", true)
                .containsEntry("storedTokens", false);
    }

    @Test
    void shouldReportConfiguredLongLivedTokenAsAuthorized() {
        this.storage.save(StoredTokens.oauth(
                "acme.amocrm.ru", "access", "refresh", NOW.plus(Duration.ofHours(20)), NOW.minusSeconds(60)));

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(account(health, "token.amocrm.ru"))
                .containsEntry("authKind", "LONG_LIVED_TOKEN")
                .containsEntry("authorized", true)
                .containsEntry("storedTokens", false);
    }

    @Test
    void shouldBeDownWhileAnAccountIsBlocked() {
        this.storage.save(StoredTokens.oauth(
                "acme.amocrm.ru", "access", "refresh", NOW.plus(Duration.ofHours(20)), NOW.minusSeconds(60)));
        this.blocks.blocked("acme.amocrm.ru");

        Health health = this.indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(account(health, "acme.amocrm.ru")).containsEntry("blockedUntil", "2026-12-03T12:10:00Z");
    }

    @Test
    void shouldNeverShowTokens() {
        this.storage.save(StoredTokens.oauth(
                "acme.amocrm.ru", "secret-access", "secret-refresh", NOW.plusSeconds(60), NOW.minusSeconds(60)));

        assertThat(this.indicator.health().toString()).doesNotContain("secret-access", "secret-refresh");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> account(Health health, String host) {
        Map<String, Object> accounts = (Map<String, Object>) health.getDetails().get("accounts");
        return (Map<String, Object>) accounts.get(host);
    }
}
