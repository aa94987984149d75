package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.test.server.AmoFakeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves 10,000 new leads with the starter's save-many, in batches of its default size, to a fake server that adds
 * 100 ms of latency to each request.
 */
final class ImportScenario implements Scenario {

    static final int LEADS = 10_000;

    static final long LATENCY_MILLIS = 100;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(Figures figures) {
        measure(1_000, 0);
        figures.imports(measure(LEADS, LATENCY_MILLIS));
    }

    private ThroughputResult measure(int count, long latencyMillis) {
        try (AmoFakeServer amo = AmoFakeServer.create()) {
            String host = amo.defaultAccount().host();
            try (StarterClient client =
                    StarterClient.start(amo.baseUrlTemplate(), host, amo.issueLongLivedToken(host))) {
                List<Lead> leads = newLeads(count);
                amo.latency(Duration.ofMillis(latencyMillis));
                amo.journal().clear();

                long started = System.nanoTime();
                BatchResult<Lead> result = client.template().leads().saveAll(leads);
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

                if (result.hasFailures() || result.saved().size() != count) {
                    throw new IllegalStateException("Saved " + result.saved().size() + " leads of " + count + ", "
                            + result.failures().size() + " failed: " + result);
                }
                int requests = amo.journal().count("POST", "/api/v2/leads");
                int tooManyRequests = amo.journal().countWithStatus(429);
                BenchmarkSuite.progress(
                        "import, %d ms: %d requests, %d × 429, %.2f s",
                        latencyMillis, requests, tooManyRequests, elapsed.toMillis() / 1000.0);
                int batchSize = client.template().client().getSettings().batchSize();
                int batches = (count + batchSize - 1) / batchSize;
                return ThroughputResult.of(
                        "import",
                        BenchmarkResults.STARTER_SAVE,
                        latencyMillis,
                        count,
                        batches,
                        requests,
                        tooManyRequests,
                        elapsed);
            }
        }
    }

    private static List<Lead> newLeads(int count) {
        List<Lead> leads = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Lead lead = new Lead("Imported lead #" + i);
            lead.setSale(1000L * (1 + i % 100));
            lead.addTags("import", "benchmark");
            leads.add(lead);
        }
        return leads;
    }
}
