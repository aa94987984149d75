package io.github.amocrmspring.benchmarks;

/**
 * Time the entity guard needs to take and release the lock of one entity, without contention.
 *
 * @param database database the lock rows live in
 * @param samples lock-and-release rounds measured
 * @param medianMicros median round in microseconds
 * @param p99Micros 99th percentile round in microseconds
 * @param maxMicros slowest round in microseconds
 */
public record GuardLatencyResult(
        String database, int samples, double medianMicros, double p99Micros, double maxMicros) {}
