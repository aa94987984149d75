package io.github.amocrmspring.benchmarks;

/**
 * The client's own work on one request, measured with JMH on a single thread.
 *
 * @param operation what one operation does, such as {@code read and map a page of leads}
 * @param entities entities in the request or page
 * @param cpuMicrosPerOperation CPU time of the benchmark thread per operation, in microseconds
 * @param wallMicrosPerOperation JMH's mean wall-clock time per operation, in microseconds
 * @param wallErrorMicros JMH's 99.9% confidence half-interval of the wall-clock time, in microseconds
 * @param shareOfRequestBudget {@code cpuMicrosPerOperation} as a share of the 1/7 s amoCRM allows per request
 */
public record ClientCostResult(
        String operation,
        int entities,
        double cpuMicrosPerOperation,
        double wallMicrosPerOperation,
        double wallErrorMicros,
        double shareOfRequestBudget) {

    /** Create a result, deriving the share of the per-request budget of amoCRM's 7 requests per second. */
    public static ClientCostResult of(
            String operation, int entities, double cpuMicros, double wallMicros, double wallErrorMicros) {
        double budgetMicros = 1_000_000.0 / AmoLimits.REQUESTS_PER_SECOND;
        return new ClientCostResult(
                operation, entities, cpuMicros, wallMicros, wallErrorMicros, cpuMicros / budgetMicros);
    }
}
