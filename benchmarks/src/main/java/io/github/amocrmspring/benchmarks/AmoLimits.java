package io.github.amocrmspring.benchmarks;

import java.time.Duration;

/** amoCRM's own limits, the physical bound every figure of the suite is compared with. */
public final class AmoLimits {

    /** Requests amoCRM accepts per second and account. */
    public static final int REQUESTS_PER_SECOND = 7;

    /** Entities amoCRM returns per page and accepts per batch. */
    public static final int ENTITIES_PER_REQUEST = 500;

    private AmoLimits() {}

    /** Return the least time amoCRM's limit allows for the given number of requests. */
    public static Duration boundFor(int requests) {
        return Duration.ofNanos(Math.round(requests * 1_000_000_000.0 / REQUESTS_PER_SECOND));
    }

    /** Return the ratio of the bound to the elapsed time: 1.0 means as fast as amoCRM allows. */
    public static double ratio(int requests, Duration elapsed) {
        if (elapsed.isZero() || elapsed.isNegative()) {
            return 0;
        }
        return (double) boundFor(requests).toNanos() / elapsed.toNanos();
    }
}
