package io.github.amocrmspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;

/**
 * The machine a run took place on, written beside its figures.
 *
 * @param cores processors available to the JVM
 * @param memoryBytes physical memory of the machine, or -1 when the JVM cannot tell
 * @param jvm JVM vendor, name and version
 * @param os operating system name, version and architecture
 * @param meanLoadAverage the mean of the one-minute load averages sampled during the run, or -1 when unknown; a
 * load above the number of cores (the machine is shared) slows every CPU-bound step
 * @param maxLoadAverage the highest one-minute load average sampled during the run, or -1 when unknown
 */
public record Machine(
        int cores, long memoryBytes, String jvm, String os, double meanLoadAverage, double maxLoadAverage) {

    /** Describe the machine this JVM runs on, with the load averages sampled during the run. */
    public static Machine current(double meanLoadAverage, double maxLoadAverage) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory =
                (os instanceof com.sun.management.OperatingSystemMXBean extended) ? extended.getTotalMemorySize() : -1;
        String jvm = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
        String system = os.getName() + " " + os.getVersion() + " " + os.getArch();
        return new Machine(
                Runtime.getRuntime().availableProcessors(), memory, jvm, system, meanLoadAverage, maxLoadAverage);
    }

    /** Return a one-line description such as {@code 2 cores, 23.4 GiB, OpenJDK ... 17, Linux ...; load average ...}. */
    public String describe() {
        String memory = (this.memoryBytes > 0)
                ? String.format("%.1f GiB", this.memoryBytes / (double) (1L << 30))
                : "unknown memory";
        String load = (this.meanLoadAverage >= 0)
                ? String.format(
                        Locale.ROOT,
                        "; load average %.1f on average, %.1f at most",
                        this.meanLoadAverage,
                        this.maxLoadAverage)
                : "";
        return this.cores + " cores, " + memory + ", " + this.jvm + ", " + this.os + load;
    }
}
