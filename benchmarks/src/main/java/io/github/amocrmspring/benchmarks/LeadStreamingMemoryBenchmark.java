package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Streams every lead of a large fake account and reports the time taken and how much the heap grew over its level
 * before the stream, measured after a garbage collection every 10,000 leads. The stream holds at most two pages, so
 * the growth stays flat whatever the number of leads.
 *
 * <p>Run with {@code java -cp ... io.github.amocrmspring.benchmarks.LeadStreamingMemoryBenchmark [leads]}; try a
 * small {@code -Xmx} to see that it still completes.
 */
public final class LeadStreamingMemoryBenchmark {

    private LeadStreamingMemoryBenchmark() {}

    public static void main(String[] args) {
        int leads = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
        try (AmoFakeServer server =
                AmoFakeServer.builder().requestsPerSecond(0).build().start()) {
            server.defaultAccount().seedLeads(leads);
            String host = server.defaultAccount().host();
            Map<String, Object> properties = Map.of(
                    "amocrm.base-url",
                    server.baseUrlTemplate(),
                    "amocrm.default-account",
                    host,
                    "amocrm.accounts.bench.host",
                    host,
                    "amocrm.accounts.bench.access-token",
                    server.issueLongLivedToken(host));
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties(properties)
                    .run()) {
                run(context.getBean(AmoTemplate.class), server, leads);
            }
        }
    }

    private static void run(AmoTemplate amo, AmoFakeServer server, int leads) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        long maxGrowth = 0;
        long count = 0;
        long start = System.nanoTime();
        try (Stream<Lead> stream = amo.leads().stream(LeadQuery.all())) {
            for (Lead lead : (Iterable<Lead>) stream::iterator) {
                count++;
                if (count % 10_000 == 0) {
                    maxGrowth = Math.max(maxGrowth, usedAfterGc(memory) - baseline);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "Streamed %d of %d leads in %d requests and %d ms; heap growth after GC at most %.1f MB"
                        + " (max heap %d MB)%n",
                count,
                leads,
                server.journal().count("GET", "/api/v2/leads"),
                millis,
                maxGrowth / 1024.0 / 1024.0,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The starter with a rate limiter that never waits: the fake's own limit is off, and throughput is measured. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BenchmarkApplication {

        @Bean
        AmoRateLimiter unthrottledRateLimiter() {
            return accountHost -> {};
        }
    }
}
