package io.github.amocrmspring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Writes the figures of a run as Markdown tables, each compared with amoCRM's limits. */
public final class MarkdownReport {

    /** Write the report of a run to a file. */
    public void write(BenchmarkResults results, Path file) throws IOException {
        Files.writeString(file, render(results), StandardCharsets.UTF_8);
    }

    /** Render the report of a run. */
    public String render(BenchmarkResults results) {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n");
        line(
                out,
                "Taken %s on %s; the run took %.0f s.",
                results.takenAt(),
                results.machine().describe(),
                results.elapsedSeconds());
        line(
                out,
                "amoCRM's limit: %d requests per second per account, %d entities per page or batch.",
                results.requestsPerSecondLimit(),
                results.entitiesPerRequestLimit());
        Machine machine = results.machine();
        if (machine.meanLoadAverage() > machine.cores()) {
            out.append('\n');
            line(
                    out,
                    "The machine was shared and busy during the run (load average %.1f on %d cores): CPU-bound"
                            + " steps took longer than on an idle machine, which lowers the throughput ratios and"
                            + " raises the wall-clock times. The CPU times of the client cost are the steadier"
                            + " figures.",
                    machine.meanLoadAverage(),
                    machine.cores());
        }
        out.append("\n## Targets\n\n");
        appendTargets(out, results.targets());
        out.append("\n## Export (stream leads) and import (save leads in batches)\n\n");
        line(
                out,
                "Ratio = (pages / 7 per second) / elapsed: 1.00 is as fast as amoCRM's limit allows. Pages are the"
                        + " requests the work takes at the least (for an export, the list's pages and the empty one"
                        + " that ends it; for an import, the batches); requests received also counts reads past the end"
                        + " and 429s.");
        out.append('\n');
        appendThroughput(out, results.export(), results.imports());
        out.append("\n## Memory\n\n");
        appendMemory(out, results.memory());
        out.append("\n## Client cost per request (JMH)\n\n");
        appendClientCost(out, results.clientCost());
        out.append("\n## Entity guard: lock and release\n\n");
        appendGuard(out, results.entityGuard());
        if (!results.notRun().isEmpty()) {
            out.append("\n## Not run\n\n");
            for (NotRun notRun : results.notRun()) {
                line(out, "- **%s**: %s", notRun.scenario(), notRun.reason());
            }
        }
        return out.toString();
    }

    private void appendTargets(StringBuilder out, List<TargetCheck> targets) {
        out.append("| Target | Measured | Met |\n|---|---|---|\n");
        for (TargetCheck target : targets) {
            line(out, "| %s | %s | %s |", target.target(), target.measured(), target.met() ? "yes" : "**no**");
        }
    }

    private void appendThroughput(StringBuilder out, List<ThroughputResult> export, List<ThroughputResult> imports) {
        out.append("| Scenario | Client | Latency | Entities | Pages | Entities/page (limit 500) | Requests received"
                + " | 429s | Elapsed | Bound at 7 req/s | Pages/s (limit 7) | Ratio |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ThroughputResult result : concat(export, imports)) {
            line(
                    out,
                    "| %s | %s | %d ms | %,d | %d | %.0f | %d | %d | %.2f s | %.2f s | %.2f | %.2f |",
                    result.scenario(),
                    result.client(),
                    result.latencyMillis(),
                    result.entities(),
                    result.pages(),
                    result.entitiesPerRequest(),
                    result.requests(),
                    result.tooManyRequests(),
                    result.elapsedMillis() / 1000.0,
                    result.boundMillis() / 1000.0,
                    result.pagesPerSecond(),
                    result.ratio());
        }
        if (export.isEmpty() && imports.isEmpty()) {
            out.append("| (not run) | | | | | | | | | | | |\n");
        }
    }

    private void appendMemory(StringBuilder out, MemoryResult memory) {
        if (memory == null) {
            out.append("Not run (see below).\n");
            return;
        }
        out.append("| Leads streamed | Requests | 429s | Elapsed | Client -Xmx | Peak heap after GC | Peak heap used"
                + " | GCs |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        line(
                out,
                "| %,d | %d | %d | %.1f s | %d MB | %.1f MB | %.1f MB | %d |",
                memory.entities(),
                memory.requests(),
                memory.tooManyRequests(),
                memory.elapsedMillis() / 1000.0,
                memory.maxHeapBytes() >> 20,
                memory.peakHeapAfterGcBytes() / 1048576.0,
                memory.peakHeapUsedBytes() / 1048576.0,
                memory.garbageCollections());
        out.append("\nThe fake server ran in a JVM of its own, so its 200,000 stored leads do not count.\n");
    }

    private void appendClientCost(StringBuilder out, List<ClientCostResult> costs) {
        if (costs.isEmpty()) {
            out.append("Not run (see below).\n");
            return;
        }
        out.append("| Operation | Entities | CPU time per operation | Wall time per operation (± 99.9%)"
                + " | CPU time as share of the 143 ms a request may take at 7 req/s |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (ClientCostResult cost : costs) {
            line(
                    out,
                    "| %s | %d | %,.0f µs | %,.0f ± %,.0f µs | %.2f%% |",
                    cost.operation(),
                    cost.entities(),
                    cost.cpuMicrosPerOperation(),
                    cost.wallMicrosPerOperation(),
                    cost.wallErrorMicros(),
                    cost.shareOfRequestBudget() * 100);
        }
    }

    private void appendGuard(StringBuilder out, List<GuardLatencyResult> guard) {
        if (guard.isEmpty()) {
            out.append("Not run (see below).\n");
            return;
        }
        out.append("| Database | Rounds | Lock median | Lock p99 | Release median | Release p99"
                + " | Lock and release (median) as share of 1/7 s |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (GuardLatencyResult result : guard) {
            double budgetMicros = 1_000_000.0 / AmoLimits.REQUESTS_PER_SECOND;
            line(
                    out,
                    "| %s | %d | %,.0f µs | %,.0f µs | %,.0f µs | %,.0f µs | %.2f%% |",
                    result.database(),
                    result.rounds(),
                    result.lockMedianMicros(),
                    result.lockP99Micros(),
                    result.releaseMedianMicros(),
                    result.releaseP99Micros(),
                    (result.lockMedianMicros() + result.releaseMedianMicros()) / budgetMicros * 100);
        }
    }

    private static List<ThroughputResult> concat(List<ThroughputResult> first, List<ThroughputResult> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
