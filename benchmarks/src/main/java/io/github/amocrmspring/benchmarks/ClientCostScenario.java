package io.github.amocrmspring.benchmarks;

import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClientCostBenchmark} with JMH: one fork, 5 warm-up and 4 measured iterations of one second each per
 * benchmark, so that the three benchmarks take about half a minute. Enough to tell microseconds from milliseconds,
 * not to compare close variants.
 */
final class ClientCostScenario implements Scenario {

    private static final Map<String, Operation> OPERATIONS = Map.of(
            "saveBatchOf250", new Operation("build, encode and save a batch of new leads, read the ids back", 250),
            "readPageOf250", new Operation("read and map a page of leads", 250),
            "readPageOf500", new Operation("read and map a page of leads (stream page size)", 500));

    @Override
    public String name() {
        return "client-cost";
    }

    @Override
    public void run(Figures figures) throws Exception {
        Options options = new OptionsBuilder()
                .include(ClientCostBenchmark.class.getName() + "\\.")
                .forks(1)
                .jvmArgsAppend("-Xmx512m")
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(4)
                .measurementTime(TimeValue.seconds(1))
                .threads(1)
                .shouldFailOnError(true)
                .build();
        for (RunResult result : new Runner(options).run()) {
            String method = result.getParams().getBenchmark();
            Operation operation = OPERATIONS.get(method.substring(method.lastIndexOf('.') + 1));
            double cpuNanos = result.getSecondaryResults().get("cpuNanos").getScore();
            double operations = result.getSecondaryResults().get("operations").getScore();
            figures.clientCost(ClientCostResult.of(
                    operation.description(),
                    operation.entities(),
                    cpuNanos / operations / 1000,
                    result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError()));
        }
    }

    private record Operation(String description, int entities) {}
}
