package io.github.amocrmspring.benchmarks;

/**
 * CPU time the client spends on one request, measured with JMH on a single thread.
 *
 * @param operation what one operation does, such as {@code encode a batch of 250 new leads}
 * @param entities entities in the request or page
 * @param microsPerOperation mean time per operation in microseconds
 * @param errorMicros JMH's 99.9% confidence half-interval in microseconds
 * @param shareOfRequestBudget {@code microsPerOperation} as a share of the 1/7 s amoCRM allows per request
 */
public record ClientCostResult(
        String operation, int entities, double microsPerOperation, double errorMicros, double shareOfRequestBudget) {

    /** Create a result, deriving the share of the per-request budget of amoCRM's 7 requests per second. */
    public static ClientCostResult of(String operation, int entities, double microsPerOperation, double errorMicros) {
        double budgetMicros = 1_000_000.0 / AmoLimits.REQUESTS_PER_SECOND;
        return new ClientCostResult(
                operation, entities, microsPerOperation, errorMicros, microsPerOperation / budgetMicros);
    }
}
