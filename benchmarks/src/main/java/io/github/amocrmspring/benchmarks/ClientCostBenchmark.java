package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
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
 *
 * <p>JMH reports the wall-clock time per operation; each benchmark also adds the CPU time of its thread to
 * {@link CpuTime}, which on a shared machine is the steadier figure. Everything runs on the benchmark's thread, so
 * its CPU time is the client's, garbage collection and JIT compilation aside.
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
    public BatchResult<Lead> saveBatchOf250(CpuTime cpu) {
        long started = CpuTime.now();
        BatchResult<Lead> result = saveBatch();
        cpu.add(started);
        return result;
    }

    /** Read one page of 250 leads into lead objects. */
    @Benchmark
    public List<Lead> readPageOf250(CpuTime cpu) {
        long started = CpuTime.now();
        List<Lead> page = this.amo.leads().find(LeadQuery.all().limitRows(250));
        cpu.add(started);
        return page;
    }

    /** Read one page of 500 leads, the page size of a stream, into lead objects. */
    @Benchmark
    public List<Lead> readPageOf500(CpuTime cpu) {
        long started = CpuTime.now();
        List<Lead> page = this.amo.leads().find(LeadQuery.all().limitRows(500));
        cpu.add(started);
        return page;
    }

    private BatchResult<Lead> saveBatch() {
        List<Lead> leads = new ArrayList<>(CannedAmoHttp.BATCH_SIZE);
        for (int i = 0; i < CannedAmoHttp.BATCH_SIZE; i++) {
            Lead lead = new Lead("Lead #" + i);
            lead.setSale(1000L + i);
            lead.addTags("benchmark");
            leads.add(lead);
        }
        return this.amo.leads().saveAll(leads);
    }

    /** CPU time of the benchmark thread, summed over the operations of an iteration; JMH reports both counters. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {

        private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        /** CPU nanoseconds spent in the operations of the iteration. */
        public long cpuNanos;

        /** Operations of the iteration. */
        public long operations;

        @Setup(Level.Iteration)
        public void reset() {
            this.cpuNanos = 0;
            this.operations = 0;
        }

        static long now() {
            return threads.getCurrentThreadCpuTime();
        }

        void add(long startedAt) {
            this.cpuNanos += now() - startedAt;
            this.operations++;
        }
    }
}
