package io.github.amocrmspring.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every scenario of the suite and writes {@code results.md}, {@code results.json} and
 * {@code export-ratio.png} into the output directory.
 *
 * <p>Arguments: the output directory (default {@code benchmarks/results}), then optionally
 * {@code --only=export,import,...} to run some scenarios alone. A scenario that fails is reported as not run,
 * with its reason, and the others still run.
 */
public final class BenchmarkSuite {

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of((args.length > 0 && !args[0].startsWith("--")) ? args[0] : "benchmarks/results");
        Set<String> only = Arrays.stream(args)
                .filter((arg) -> arg.startsWith("--only="))
                .flatMap(
                        (arg) -> Arrays.stream(arg.substring("--only=".length()).split(",")))
                .collect(Collectors.toSet());
        Files.createDirectories(output);

        Instant started = Instant.now();
        LoadSampler load = LoadSampler.start();
        Figures figures = new Figures();
        for (Scenario scenario : scenarios()) {
            if (only.isEmpty() || only.contains(scenario.name())) {
                run(scenario, figures);
            }
        }
        double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;

        load.stop();
        BenchmarkResults results = figures.results(
                started.truncatedTo(ChronoUnit.SECONDS).toString(), elapsed, Machine.current(load.mean(), load.max()));
        new MarkdownReport().write(results, output.resolve("results.md"));
        new JsonReport().write(results, output.resolve("results.json"));
        new ExportRatioChart().write(results.export(), output.resolve("export-ratio.png"));
        progress(
                "Wrote %s, %s and %s",
                output.resolve("results.md"), output.resolve("results.json"), output.resolve("export-ratio.png"));
        results.targets()
                .forEach((target) -> progress(
                        "%s %s: %s", target.met() ? "MET    " : "NOT MET", target.target(), target.measured()));
    }

    private static List<Scenario> scenarios() {
        return List.of(
                new ExportScenario(),
                new ImportScenario(),
                new MemoryScenario(),
                new ClientCostScenario(),
                new EntityGuardScenario());
    }

    private static void run(Scenario scenario, Figures figures) {
        progress("Running %s", scenario.name());
        long started = System.nanoTime();
        try {
            scenario.run(figures);
        } catch (Exception | Error ex) {
            String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage();
            progress("%s did not run: %s", scenario.name(), reason);
            ex.printStackTrace(System.out);
            figures.notRun(scenario.name(), reason);
        }
        progress("%s took %.1f s", scenario.name(), (System.nanoTime() - started) / 1e9);
    }

    static void progress(String format, Object... arguments) {
        System.out.printf("[benchmarks] " + format + "%n", arguments);
        System.out.flush();
    }
}
