package io.github.amocrmspring.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the system's one-minute load average every few seconds while the suite runs. */
final class LoadSampler {

    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();

    private final ConcurrentLinkedQueue<Double> samples = new ConcurrentLinkedQueue<>();

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
        Thread thread = new Thread(runnable, "load-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private LoadSampler() {}

    static LoadSampler start() {
        LoadSampler sampler = new LoadSampler();
        sampler.scheduler.scheduleAtFixedRate(sampler::sample, 0, 5, TimeUnit.SECONDS);
        return sampler;
    }

    void stop() {
        this.scheduler.shutdownNow();
        sample();
    }

    double mean() {
        return this.samples.stream().mapToDouble(Double::doubleValue).average().orElse(-1);
    }

    double max() {
        return this.samples.stream().mapToDouble(Double::doubleValue).max().orElse(-1);
    }

    private void sample() {
        double load = this.os.getSystemLoadAverage();
        if (load >= 0) {
            this.samples.add(load);
        }
    }
}
