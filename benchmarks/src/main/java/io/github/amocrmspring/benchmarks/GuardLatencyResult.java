package io.github.amocrmspring.benchmarks;

/**
 * Time the entity guard needs to take and to release the lock of one entity, without contention.
 *
 * @param database database the lock rows live in
 * @param rounds lock-and-release rounds measured, after a warm-up
 * @param lockMedianMicros median time to take the lock, in microseconds
 * @param lockP99Micros 99th percentile time to take the lock, in microseconds
 * @param releaseMedianMicros median time to release the lock, in microseconds
 * @param releaseP99Micros 99th percentile time to release the lock, in microseconds
 */
public record GuardLatencyResult(
        String database,
        int rounds,
        double lockMedianMicros,
        double lockP99Micros,
        double releaseMedianMicros,
        double releaseP99Micros) {}
