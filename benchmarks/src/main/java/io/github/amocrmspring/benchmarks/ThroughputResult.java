package io.github.amocrmspring.benchmarks;

import java.time.Duration;

/**
 * How fast one client moved entities through the fake server, against amoCRM's bound of 7 requests per second.
 *
 * @param scenario {@code export} or {@code import}
 * @param client which client made the requests, such as {@code starter stream}
 * @param latencyMillis latency the fake server added to each request
 * @param entities entities read or written
 * @param pages requests the work takes at the least: pages of the list, the empty one that ends it included, or
 * batches of the save
 * @param requests requests the fake server received, 429 answers and reads past the end of the list included
 * @param tooManyRequests requests the fake server answered with 429
 * @param elapsedMillis time from the first request to the last entity
 * @param boundMillis least time amoCRM's limit allows for {@code pages}
 * @param ratio {@code boundMillis / elapsedMillis}: 1.0 is as fast as amoCRM allows
 * @param entitiesPerRequest entities per page or batch, against amoCRM's 500
 */
public record ThroughputResult(
        String scenario,
        String client,
        long latencyMillis,
        int entities,
        int pages,
        int requests,
        int tooManyRequests,
        long elapsedMillis,
        long boundMillis,
        double ratio,
        double entitiesPerRequest) {

    /** Create a result, deriving the bound, the ratio and the entities per page from the counts. */
    public static ThroughputResult of(
            String scenario,
            String client,
            long latencyMillis,
            int entities,
            int pages,
            int requests,
            int tooManyRequests,
            Duration elapsed) {
        return new ThroughputResult(
                scenario,
                client,
                latencyMillis,
                entities,
                pages,
                requests,
                tooManyRequests,
                elapsed.toMillis(),
                AmoLimits.boundFor(pages).toMillis(),
                AmoLimits.ratio(pages, elapsed),
                (pages > 0) ? (double) entities / pages : 0);
    }

    /** Return the pages per second achieved, against amoCRM's 7 requests per second. */
    public double pagesPerSecond() {
        return (this.elapsedMillis > 0) ? this.pages * 1000.0 / this.elapsedMillis : 0;
    }
}
