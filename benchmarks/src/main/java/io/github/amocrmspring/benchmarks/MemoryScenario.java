package io.github.amocrmspring.benchmarks;

import java.util.List;

/**
 * Streams 200,000 leads through the starter in a client JVM limited to 128 MB of heap, from a fake server running
 * in another JVM, and records the client's peak heap.
 */
final class MemoryScenario implements Scenario {

    static final int LEADS = 200_000;

    static final String CLIENT_HEAP = "-Xmx128m";

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public void run(Figures figures) throws Exception {
        try (JavaProcess fake =
                JavaProcess.start(FakeServerProcess.class, List.of("-Xmx2g"), List.of(String.valueOf(LEADS), "0"))) {
            String[] ready = fake.awaitLine(FakeServerProcess.READY).split(" ");

            String[] result;
            try (JavaProcess probe = JavaProcess.start(MemoryProbe.class, List.of(CLIENT_HEAP), List.of(ready))) {
                result = probe.awaitLine(MemoryProbe.RESULT).split(" ");
            }

            fake.send("journal");
            String[] journal = fake.awaitLine(FakeServerProcess.JOURNAL).split(" ");
            MemoryResult memory = new MemoryResult(
                    Integer.parseInt(result[0]),
                    Integer.parseInt(journal[0]),
                    Integer.parseInt(journal[1]),
                    Long.parseLong(result[1]),
                    Long.parseLong(result[2]),
                    Long.parseLong(result[3]),
                    Long.parseLong(result[4]),
                    Long.parseLong(result[5]));
            if (memory.entities() != LEADS) {
                figures.notRun(name(), "the stream gave " + memory.entities() + " leads of " + LEADS);
            }
            figures.memory(memory);
        }
    }
}
