package io.github.amocrmspring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.retry.RetryingExchangeInterceptorTests.ScriptedExchange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountBlockInterceptorTests {

    private static final AmoRequest READ = AmoRequest.get("/api/v2/leads");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));

    private final AccountBlocks blocks = new AccountBlocks(Duration.ofMinutes(10), this.clock);

    private final AccountBlockInterceptor interceptor = new AccountBlockInterceptor(this.blocks);

    @Test
    void shouldFailFastWithoutSendingAfterAccountWasBlocked() {
        ScriptedExchange blocked = new ScriptedExchange(blockPage());
        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> this.interceptor.intercept("acme.amocrm.ru", READ, blocked));

        ScriptedExchange next = new ScriptedExchange();
        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(() -> this.interceptor.intercept("acme.amocrm.ru", READ, next))
                .withMessageContaining("acme.amocrm.ru")
                .withMessageContaining("2026-12-03T12:10:00Z")
                .satisfies(ex -> assertThat(ex.getPausedUntil()).isEqualTo(Instant.parse("2026-12-03T12:10:00Z")));
        assertThat(next.calls).isZero();
    }

    @Test
    void shouldKeepSendingToOtherAccounts() {
        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(
                        () -> this.interceptor.intercept("acme.amocrm.ru", READ, new ScriptedExchange(blockPage())));

        ScriptedExchange other = new ScriptedExchange();
        this.interceptor.intercept("other.amocrm.ru", READ, other);

        assertThat(other.calls).isOne();
    }

    @Test
    void shouldSendAgainOnceThePauseIsOver() {
        assertThatExceptionOfType(AmoAccountBlockedException.class)
                .isThrownBy(
                        () -> this.interceptor.intercept("acme.amocrm.ru", READ, new ScriptedExchange(blockPage())));
        this.clock.advance(Duration.ofMinutes(10));

        ScriptedExchange next = new ScriptedExchange();
        this.interceptor.intercept("acme.amocrm.ru", READ, next);

        assertThat(next.calls).isOne();
    }

    private static AmoAccountBlockedException blockPage() {
        return new AmoAccountBlockedException("acme.amocrm.ru", "GET", "/api/v2/leads", List.of(), null);
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            this.now = this.now.plus(duration);
        }

        @Override
        public Instant instant() {
            return this.now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
