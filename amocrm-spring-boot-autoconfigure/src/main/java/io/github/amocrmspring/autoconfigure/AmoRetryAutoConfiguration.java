package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.retry.AccountBlockInterceptor;
import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.retry.BatchSplitter;
import io.github.amocrmspring.retry.RetrySettings;
import io.github.amocrmspring.retry.RetryingExchangeInterceptor;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the amoCRM client's resilience: retries of requests that may safely be sent again
 * ({@code amocrm.retry.*}), a pause of requests to accounts that amoCRM has blocked
 * ({@code amocrm.rate-limit.block-pause}), and the halving of batches answered with 504.
 */
@AutoConfiguration(before = AmoAutoConfiguration.class, after = AmoMetricsAutoConfiguration.class)
@EnableConfigurationProperties(AmoProperties.class)
public final class AmoRetryAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AccountBlocks amoAccountBlocks(AmoProperties properties, ObjectProvider<Clock> clock) {
        return new AccountBlocks(properties.getRateLimit().getBlockPause(), clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    AccountBlockInterceptor amoAccountBlockInterceptor(AccountBlocks accountBlocks) {
        return new AccountBlockInterceptor(accountBlocks);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "amocrm.retry.enabled", matchIfMissing = true)
    RetryingExchangeInterceptor amoRetryingExchangeInterceptor(
            AmoProperties properties, ObjectProvider<AmoClientMetrics> metrics) {
        return new RetryingExchangeInterceptor(
                retrySettings(properties.getRetry()), metrics.getIfAvailable(() -> AmoClientMetrics.NONE));
    }

    @Bean
    @ConditionalOnMissingBean
    BatchSplitter amoBatchSplitter(AmoProperties properties, ObjectProvider<AmoClientMetrics> metrics) {
        return new BatchSplitter(
                properties.getRetry().isSplitBatchOnGatewayTimeout(),
                metrics.getIfAvailable(() -> AmoClientMetrics.NONE));
    }

    private static RetrySettings retrySettings(AmoProperties.Retry retry) {
        if (retry.getMaxInterval().compareTo(retry.getInitialInterval()) < 0) {
            throw new IllegalStateException("amocrm.retry.max-interval (" + retry.getMaxInterval()
                    + ") must not be shorter than amocrm.retry.initial-interval (" + retry.getInitialInterval() + ")");
        }
        return new RetrySettings(
                retry.getMaxAttempts(),
                retry.getInitialInterval(),
                retry.getMultiplier(),
                retry.getMaxInterval(),
                retry.getMaxRetryAfter(),
                retry.getReadStatuses());
    }
}
