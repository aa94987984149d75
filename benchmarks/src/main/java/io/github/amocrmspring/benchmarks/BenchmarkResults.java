package io.github.amocrmspring.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every figure of one run of the suite, with the machine it ran on and the targets it was held to.
 *
 * @param takenAt when the run started, ISO-8601 in UTC
 * @param elapsedSeconds how long the whole run took
 * @param machine the machine the run took place on
 * @param requestsPerSecondLimit amoCRM's limit of requests per second and account
 * @param entitiesPerRequestLimit amoCRM's limit of entities per page and batch
 * @param export export figures, one per client and latency
 * @param imports import figures, one per client and latency
 * @param memory memory figures of the long stream, or {@code null} when it did not run
 * @param clientCost JMH figures of the client's own work per request
 * @param entityGuard lock and release latency of the entity guard per database
 * @param targets the targets of the suite and whether they were met
 * @param notRun scenarios that produced no figures, and why
 */
public record BenchmarkResults(
        String takenAt,
        double elapsedSeconds,
        Machine machine,
        int requestsPerSecondLimit,
        int entitiesPerRequestLimit,
        List<ThroughputResult> export,
        List<ThroughputResult> imports,
        MemoryResult memory,
        List<ClientCostResult> clientCost,
        List<GuardLatencyResult> entityGuard,
        List<TargetCheck> targets,
        List<NotRun> notRun) {

    /** Export target: the ratio the starter's stream must reach at 300 ms latency, with zero 429. */
    public static final double EXPORT_TARGET_RATIO = 0.9;

    /** Import target: the ratio the starter's batch save must reach at 100 ms latency, with zero 429. */
    public static final double IMPORT_TARGET_RATIO = 0.9;

    /** Memory target: the heap the long stream must stay under. */
    public static final long MEMORY_TARGET_BYTES = 128L * 1024 * 1024;

    /** Client name of the starter's stream in export figures. */
    public static final String STARTER_STREAM = "starter stream";

    /** Client name of the starter's batch save in import figures. */
    public static final String STARTER_SAVE = "starter save-many";

    /** Collect the figures of a run and check them against the suite's targets. */
    public static BenchmarkResults of(
            String takenAt,
            double elapsedSeconds,
            Machine machine,
            List<ThroughputResult> export,
            List<ThroughputResult> imports,
            MemoryResult memory,
            List<ClientCostResult> clientCost,
            List<GuardLatencyResult> entityGuard,
            List<NotRun> notRun) {
        List<TargetCheck> targets = new ArrayList<>();
        targets.add(throughputTarget("export", export, STARTER_STREAM, 300, EXPORT_TARGET_RATIO));
        targets.add(throughputTarget("import", imports, STARTER_SAVE, 100, IMPORT_TARGET_RATIO));
        targets.add(memoryTarget(memory));
        return new BenchmarkResults(
                takenAt,
                elapsedSeconds,
                machine,
                AmoLimits.REQUESTS_PER_SECOND,
                AmoLimits.ENTITIES_PER_REQUEST,
                List.copyOf(export),
                List.copyOf(imports),
                memory,
                List.copyOf(clientCost),
                List.copyOf(entityGuard),
                List.copyOf(targets),
                List.copyOf(notRun));
    }

    private static TargetCheck throughputTarget(
            String scenario, List<ThroughputResult> results, String client, long latencyMillis, double ratio) {
        String target = String.format(
                Locale.ROOT, "%s by the %s at %d ms: ratio >= %.1f, zero 429", scenario, client, latencyMillis, ratio);
        Optional<ThroughputResult> measured = results.stream()
                .filter((result) -> result.client().equals(client) && result.latencyMillis() == latencyMillis)
                .findFirst();
        if (measured.isEmpty()) {
            return new TargetCheck(target, "not measured", false);
        }
        ThroughputResult result = measured.get();
        String figures = String.format(Locale.ROOT, "ratio %.2f, %d × 429", result.ratio(), result.tooManyRequests());
        return new TargetCheck(target, figures, result.ratio() >= ratio && result.tooManyRequests() == 0);
    }

    private static TargetCheck memoryTarget(MemoryResult memory) {
        String target = String.format(Locale.ROOT, "stream 200,000 leads: heap < %d MB", MEMORY_TARGET_BYTES >> 20);
        if (memory == null) {
            return new TargetCheck(target, "not measured", false);
        }
        String figures = String.format(
                Locale.ROOT,
                "peak after GC %.1f MB, peak used %.1f MB (-Xmx%dm)",
                memory.peakHeapAfterGcBytes() / 1048576.0,
                memory.peakHeapUsedBytes() / 1048576.0,
                memory.maxHeapBytes() >> 20);
        return new TargetCheck(target, figures, memory.peakHeapAfterGcBytes() < MEMORY_TARGET_BYTES);
    }
}
