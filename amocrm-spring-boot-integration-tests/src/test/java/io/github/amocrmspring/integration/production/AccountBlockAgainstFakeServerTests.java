package io.github.amocrmspring.integration.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.error.AmoAccountBlockedException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A client sending faster than its account allows gets 429s, and after repeated ones amoCRM blocks the account:
 * from the first 403 on, the client sends nothing more to it and fails at once, so the block is not extended.
 */
class AccountBlockAgainstFakeServerTests {

    private static final int THREADS = 4;

    @Test
    void shouldStopSendingOnceAmoCrmBlocksTheAccountAfterRepeatedRateLimitAnswers() throws Exception {
        // the fake accepts 2 requests per second while the client sends 7: a storm of 429s, then a block
        try (AmoFakeServer server = AmoFakeServer.builder()
                        .requestsPerSecond(2)
                        .violationsBeforeBlock(3)
                        .blockDuration(Duration.ofMinutes(5))
                        .build()
                        .start();
                ConfigurableApplicationContext context =
                        ProductionApplications.start(server, Map.of("amocrm.retry.max-attempts", "2"))) {
            AmoTemplate template = context.getBean(AmoTemplate.class);
            String host = server.defaultAccount().host();
            ExecutorService executor = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<AmoAccountBlockedException>> workers = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    workers.add(executor.submit(() -> sendUntilBlocked(template)));
                }
                for (Future<AmoAccountBlockedException> worker : workers) {
                    assertThat(worker.get(60, TimeUnit.SECONDS)).isNotNull();
                }
            } finally {
                executor.shutdownNow();
            }

            assertThat(server.isBlocked(host)).isTrue();
            assertThat(server.journal().countWithStatus(429)).isGreaterThanOrEqualTo(3);
            assertThat(server.journal().countWithStatus(403)).isBetween(1, THREADS);
            int sent = server.journal().count();
            for (int i = 0; i < 10; i++) {
                assertThatExceptionOfType(AmoAccountBlockedException.class)
                        .isThrownBy(() -> template.get("/api/v2/account"))
                        .satisfies(ex -> assertThat(ex.getPausedUntil()).isNotNull());
            }
            assertThat(server.journal().count()).isEqualTo(sent);
        }
    }

    private static AmoAccountBlockedException sendUntilBlocked(AmoTemplate template) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                template.get("/api/v2/account");
            } catch (AmoAccountBlockedException ex) {
                return ex;
            } catch (AmoException ex) {
                // a 429 that outlasted its retries: keep sending, as a busy application would
            }
        }
        return null;
    }
}
