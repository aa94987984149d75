package io.github.amocrmspring.integration.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Eight threads send requests to one account for about ten seconds; the fake counts requests in a strict sliding
 * one-second window and answers 429 to the eighth. None may get 429, and the rate (measured between the first and
 * the last answer) must stay within 10% of 7 per second.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@AutoConfigureAmoFakeServer
class SustainedLoadIntegrationTests {

    private static final Logger logger = LoggerFactory.getLogger(SustainedLoadIntegrationTests.class);

    private static final Duration LOAD_DURATION = Duration.ofSeconds(10);

    @Autowired
    private AmoTemplate amoTemplate;

    @Autowired
    private AmoFakeServer server;

    @Test
    void shouldStayUnderTheLimitAndCloseToSevenPerSecondWithEightThreads() throws Exception {
        this.server.reset();
        this.amoTemplate.get("/api/v2/account");
        this.server.journal().clear();
        List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + LOAD_DURATION.toNanos();
        ExecutorService executor = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            futures.add(executor.submit(() -> {
                while (System.nanoTime() < deadline) {
                    this.amoTemplate.get("/api/v2/leads", Map.of("limit_rows", 1));
                    sendTimes.add(System.nanoTime());
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        executor.shutdown();

        List<RecordedRequest> requests = this.server.journal().requests();
        List<Long> times = sendTimes.stream().sorted().toList();
        double rate = (times.size() - 1) / ((times.get(times.size() - 1) - times.get(0)) / 1e9);
        logger.info(
                "{} requests from 8 threads, {} answered 429, {} requests per second",
                requests.size(),
                this.server.journal().countWithStatus(429),
                String.format("%.2f", rate));

        assertThat(this.server.journal().countWithStatus(429))
                .as("429 answers; requests: %s", this.server.journal().requests())
                .isZero();
        assertThat(this.server.journal().countWithStatus(403)).isZero();
        assertThat(requests).hasSize(times.size());
        assertThat(rate).isBetween(7 * 0.9, 7.0);
    }
}
