package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.time.Duration;
import java.util.function.ToIntFunction;

/**
 * Reads 20,000 leads from a fake server at 0, 100 and 300 ms of latency per request, with the starter's stream and
 * with a client that waits for each page before asking for the next, each on a fresh server and client.
 */
final class ExportScenario implements Scenario {

    static final int LEADS = 20_000;

    static final long[] LATENCIES_MILLIS = {0, 100, 300};

    /** Leads read by each client before the measured runs, not recorded, so that the JIT has compiled the path. */
    static final int WARM_UP_LEADS = 10_000;

    static final String PAGE_BY_PAGE = "wait-for-each-page baseline";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public void run(Figures figures) throws Exception {
        measure(PAGE_BY_PAGE, WARM_UP_LEADS, 0, LeadReaders::readPageByPage);
        measure(BenchmarkResults.STARTER_STREAM, WARM_UP_LEADS, 0, LeadReaders::streamWithStarter);

        for (long latency : LATENCIES_MILLIS) {
            figures.export(measure(BenchmarkResults.STARTER_STREAM, LEADS, latency, LeadReaders::streamWithStarter));
            figures.export(measure(PAGE_BY_PAGE, LEADS, latency, LeadReaders::readPageByPage));
        }
    }

    private ThroughputResult measure(String client, int leads, long latencyMillis, ToIntFunction<AmoTemplate> reader)
            throws InterruptedException {
        try (AmoFakeServer amo = AmoFakeServer.create()) {
            String host = amo.defaultAccount().host();
            amo.defaultAccount().seedLeads(leads);
            try (StarterClient starter =
                    StarterClient.start(amo.baseUrlTemplate(), host, amo.issueLongLivedToken(host))) {
                amo.latency(Duration.ofMillis(latencyMillis));
                amo.journal().clear();

                long started = System.nanoTime();
                int read = reader.applyAsInt(starter.template());
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

                if (read != leads) {
                    throw new IllegalStateException(client + " read " + read + " leads of " + leads);
                }
                // A stream that read ahead may still have requests on the wire; let them reach the journal.
                Thread.sleep(latencyMillis + 200);
                int requests = amo.journal().count("GET", "/api/v2/leads");
                int tooManyRequests = amo.journal().countWithStatus(429);
                BenchmarkSuite.progress(
                        "export, %s, %d ms: %d requests, %d × 429, %.2f s",
                        client, latencyMillis, requests, tooManyRequests, elapsed.toMillis() / 1000.0);
                int pages = leads / AmoLimits.ENTITIES_PER_REQUEST + 1;
                return ThroughputResult.of(
                        "export", client, latencyMillis, read, pages, requests, tooManyRequests, elapsed);
            }
        }
    }
}
