package io.github.amocrmspring.benchmarks;

import java.util.Arrays;

/** Durations measured in nanoseconds, and their percentiles. */
final class Samples {

    private final long[] nanos;

    private int size;

    Samples(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long nanos) {
        this.nanos[this.size++] = nanos;
    }

    int size() {
        return this.size;
    }

    /** Return the given percentile (0..100, nearest rank) in microseconds. */
    double percentileMicros(double percentile) {
        long[] sorted = Arrays.copyOf(this.nanos, this.size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }
}
