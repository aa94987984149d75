package io.github.amocrmspring.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Collects the figures scenarios produce during one run of the suite. */
public final class Figures {

    private final List<ThroughputResult> export = new ArrayList<>();

    private final List<ThroughputResult> imports = new ArrayList<>();

    private final List<ClientCostResult> clientCost = new ArrayList<>();

    private final List<GuardLatencyResult> entityGuard = new ArrayList<>();

    private final List<NotRun> notRun = new ArrayList<>();

    private MemoryResult memory;

    /** Record an export figure. */
    public synchronized void export(ThroughputResult result) {
        this.export.add(result);
    }

    /** Record an import figure. */
    public synchronized void imports(ThroughputResult result) {
        this.imports.add(result);
    }

    /** Record the memory figure. */
    public synchronized void memory(MemoryResult result) {
        this.memory = result;
    }

    /** Record a client cost figure. */
    public synchronized void clientCost(ClientCostResult result) {
        this.clientCost.add(result);
    }

    /** Record an entity guard figure. */
    public synchronized void entityGuard(GuardLatencyResult result) {
        this.entityGuard.add(result);
    }

    /** Record that a scenario, or part of it, produced no figures. */
    public synchronized void notRun(String scenario, String reason) {
        this.notRun.add(new NotRun(scenario, reason));
    }

    /** Return every figure collected, checked against the suite's targets. */
    public synchronized BenchmarkResults results(String takenAt, double elapsedSeconds, Machine machine) {
        return BenchmarkResults.of(
                takenAt,
                elapsedSeconds,
                machine,
                this.export,
                this.imports,
                this.memory,
                this.clientCost,
                this.entityGuard,
                this.notRun);
    }
}
