package io.github.amocrmspring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.util.Assert;

/**
 * {@link AmoClientMetrics} that records Micrometer meters.
 *
 * <p>Meters, all with bounded tags:
 * <ul>
 * <li>{@code amocrm.requests}, timer: {@code method}, {@code endpoint} (the path without ids and query, such as
 * {@code /api/v2/leads}), {@code status} and {@code outcome} ({@code SUCCESS}, {@code CLIENT_ERROR},
 * {@code SERVER_ERROR}, {@code RATE_LIMITED}, {@code FORBIDDEN}, {@code REDIRECTION}, {@code IO_ERROR},
 * {@code UNKNOWN});
 * <li>{@code amocrm.rate-limiter.wait} and {@code amocrm.entity-guard.wait}, timers;
 * <li>{@code amocrm.token.refreshes}, counter: {@code outcome};
 * <li>{@code amocrm.retries}, counter: {@code reason};
 * <li>{@code amocrm.batch.size}, distribution summary.
 * </ul>
 */
public class MicrometerAmoClientMetrics implements AmoClientMetrics {

    private static final Pattern ID_SEGMENT = Pattern.compile("/(\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F-]{27})(?=/|$)");

    private final MeterRegistry registry;

    private final Timer rateLimiterWait;

    private final Timer entityGuardWait;

    private final DistributionSummary batchSize;

    /**
     * Create metrics that register their meters in the given registry.
     * @param registry the registry
     */
    public MicrometerAmoClientMetrics(MeterRegistry registry) {
        Assert.notNull(registry, "'registry' must not be null");
        this.registry = registry;
        this.rateLimiterWait = Timer.builder("amocrm.rate-limiter.wait")
                .description("Time requests waited for a rate-limit permit")
                .register(registry);
        this.entityGuardWait = Timer.builder("amocrm.entity-guard.wait")
                .description("Time saves waited for an entity lock")
                .register(registry);
        this.batchSize = DistributionSummary.builder("amocrm.batch.size")
                .description("Entities sent in one batch request")
                .baseUnit("entities")
                .register(registry);
    }

    @Override
    public void requestCompleted(String method, String path, int status, Duration duration) {
        Timer.builder("amocrm.requests")
                .description("Requests sent to amoCRM")
                .tag("method", method.toUpperCase(Locale.ROOT))
                .tag("endpoint", endpoint(path))
                .tag("status", (status > 0) ? Integer.toString(status) : "NONE")
                .tag("outcome", outcome(status))
                .register(this.registry)
                .record(duration);
    }

    @Override
    public void rateLimiterWaited(Duration wait) {
        this.rateLimiterWait.record(wait);
    }

    @Override
    public void entityGuardWaited(Duration wait) {
        this.entityGuardWait.record(wait);
    }

    @Override
    public void tokenRefreshed(TokenRefreshOutcome outcome) {
        Counter.builder("amocrm.token.refreshes")
                .description("Token refreshes")
                .tag("outcome", outcome.name())
                .register(this.registry)
                .increment();
    }

    @Override
    public void retried(RetryReason reason) {
        Counter.builder("amocrm.retries")
                .description("Requests sent again")
                .tag("reason", reason.name())
                .register(this.registry)
                .increment();
    }

    @Override
    public void batchSent(int size) {
        this.batchSize.record(size);
    }

    /**
     * Return the endpoint template of a request path: the path without its query, with each numeric or UUID
     * segment replaced by {@code {id}}.
     * @param path the request path
     * @return the endpoint template, such as {@code /api/v2/leads}
     */
    static String endpoint(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int queryStart = path.indexOf('?');
        String withoutQuery = (queryStart >= 0) ? path.substring(0, queryStart) : path;
        return ID_SEGMENT.matcher(withoutQuery).replaceAll("/{id}");
    }

    private static String outcome(int status) {
        if (status == 429) {
            return "RATE_LIMITED";
        }
        if (status == 403) {
            return "FORBIDDEN";
        }
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        return (status == 0) ? "IO_ERROR" : "UNKNOWN";
    }
}
