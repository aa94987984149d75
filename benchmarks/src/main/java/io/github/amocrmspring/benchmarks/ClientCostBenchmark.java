package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The client's own work per request, through the whole starter (template, authentication, interceptors, transport,
 * JSON, entity mapping) with the network replaced by recorded answers of the fake server and the rate limiter by
 * one that never waits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClientCostBenchmark {

    private StarterClient client;

    private AmoTemplate amo;

    @Setup
    public void startClient() throws Exception {
        CannedAmoHttp canned = CannedAmoHttp.record();
        this.client = StarterClient.start(
                "http://canned.invalid/{host}", "bench.amocrm.ru", "canned-token", Map.of(), (beans) -> {
                    beans.registerSingleton("cannedRequestFactoryBuilder", canned.requestFactoryBuilder());
                    beans.registerSingleton("unlimitedRateLimiter", (AmoRateLimiter) (accountHost) -> {});
                });
        this.amo = this.client.template();
    }

    @TearDown
    public void stopClient() {
        this.client.close();
    }

    /** Build 250 new leads, encode them into one add request, and read the ids of the answer back into them. */
    @Benchmark
    public BatchResult<Lead> saveBatchOf250() {
        List<Lead> leads = new ArrayList<>(CannedAmoHttp.BATCH_SIZE);
        for (int i = 0; i < CannedAmoHttp.BATCH_SIZE; i++) {
            Lead lead = new Lead("Lead #" + i);
            lead.setSale(1000L + i);
            lead.addTags("benchmark");
            leads.add(lead);
        }
        return this.amo.leads().saveAll(leads);
    }

    /** Read one page of 250 leads into lead objects. */
    @Benchmark
    public List<Lead> readPageOf250() {
        return this.amo.leads().find(LeadQuery.all().limitRows(250));
    }

    /** Read one page of 500 leads, the page size of a stream, into lead objects. */
    @Benchmark
    public List<Lead> readPageOf500() {
        return this.amo.leads().find(LeadQuery.all().limitRows(500));
    }
}
