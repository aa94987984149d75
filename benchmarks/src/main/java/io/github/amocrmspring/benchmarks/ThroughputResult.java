package io.github.amocrmspring.benchmarks;

import java.time.Duration;

/**
 * How fast one client moved entities through the fake server, against amoCRM's bound of 7 requests per second.
 *
 * @param scenario {@code export} or {@code import}
 * @param client which client made the requests, such as {@code starter stream}
 * @param latencyMillis latency the fake server added to each request
 * @param entities entities read or written
 * @param requests requests the fake server received, 429 answers included
 * @param tooManyRequests requests the fake server answered with 429
 * @param elapsedMillis time from the first request to the last entity
 * @param boundMillis least time amoCRM's limit allows for {@code requests}
 * @param ratio {@code boundMillis / elapsedMillis}: 1.0 is as fast as amoCRM allows
 * @param entitiesPerRequest entities per request, against amoCRM's 500
 */
public record ThroughputResult(
        String scenario,
        String client,
        long latencyMillis,
        int entities,
        int requests,
        int tooManyRequests,
        long elapsedMillis,
        long boundMillis,
        double ratio,
        double entitiesPerRequest) {

    /** Create a result, deriving the bound, the ratio and the entities per request from the counts. */
    public static ThroughputResult of(
            String scenario,
            String client,
            long latencyMillis,
            int entities,
            int requests,
            int tooManyRequests,
            Duration elapsed) {
        return new ThroughputResult(
                scenario,
                client,
                latencyMillis,
                entities,
                requests,
                tooManyRequests,
                elapsed.toMillis(),
                AmoLimits.boundFor(requests).toMillis(),
                AmoLimits.ratio(requests, elapsed),
                (requests > 0) ? (double) entities / requests : 0);
    }

    /** Return the requests per second achieved, against amoCRM's 7. */
    public double requestsPerSecond() {
        return (this.elapsedMillis > 0) ? this.requests * 1000.0 / this.elapsedMillis : 0;
    }
}
