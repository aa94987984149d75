package io.github.amocrmspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTransport;
import io.github.amocrmspring.health.AmoHealthIndicator;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.MicrometerAmoClientMetrics;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.retry.AccountBlockInterceptor;
import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.retry.BatchSplitter;
import io.github.amocrmspring.retry.RetryingExchangeInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the metrics, retry, health and cluster rate-limit auto-configurations. */
class AmoProductionAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class,
                    AmoMetricsAutoConfiguration.class,
                    AmoRetryAutoConfiguration.class,
                    AmoClusterRateLimitAutoConfiguration.class,
                    AmoHealthAutoConfiguration.class,
                    RestClientAutoConfiguration.class,
                    ValidationAutoConfiguration.class));

    @Test
    void shouldRetryAndPauseBlockedAccountsByDefault() {
        this.contextRunner.run(context -> {
            assertThat(context).hasSingleBean(RetryingExchangeInterceptor.class);
            assertThat(context).hasSingleBean(AccountBlockInterceptor.class);
            assertThat(context).hasSingleBean(BatchSplitter.class);
            assertThat(context.getBean(AccountBlocks.class).getPause()).isEqualTo(Duration.ofMinutes(10));
            assertThat(context.getBean(AmoTransport.class).getExchangeInterceptors())
                    .containsExactly(
                            context.getBean(RetryingExchangeInterceptor.class),
                            context.getBean(AccountBlockInterceptor.class));
        });
    }

    @Test
    void shouldNotRetryWhenDisabled() {
        this.contextRunner.withPropertyValues("amocrm.retry.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(RetryingExchangeInterceptor.class);
            assertThat(context.getBean(AmoTransport.class).getExchangeInterceptors())
                    .containsExactly(context.getBean(AccountBlockInterceptor.class));
        });
    }

    @Test
    void shouldUseConfiguredBlockPause() {
        this.contextRunner
                .withPropertyValues("amocrm.rate-limit.block-pause=30s")
                .run(context -> assertThat(context.getBean(AccountBlocks.class).getPause())
                        .isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void shouldFailOnRetryIntervalsInWrongOrder() {
        this.contextRunner
                .withPropertyValues("amocrm.retry.initial-interval=5s", "amocrm.retry.max-interval=1s")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("amocrm.retry.max-interval")
                        .hasMessageContaining("amocrm.retry.initial-interval"));
    }

    @Test
    void shouldFailOnTooManyAttempts() {
        this.contextRunner
                .withPropertyValues("amocrm.retry.max-attempts=11")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("amocrm.retry.maxAttempts")
                        .hasMessageContaining("between 1 and 10"));
    }

    @Test
    void shouldRecordMetersWhenMeterRegistryExists() {
        this.contextRunner
                .withUserConfiguration(MeterRegistryConfiguration.class)
                .run(context -> {
                    assertThat(context).getBean(AmoClientMetrics.class).isInstanceOf(MicrometerAmoClientMetrics.class);
                    assertThat(context.getBean(AmoTransport.class).getMetrics())
                            .isSameAs(context.getBean(AmoClientMetrics.class));
                });
    }

    @Test
    void shouldRecordNothingWithoutMeterRegistry() {
        this.contextRunner.run(context -> {
            assertThat(context).doesNotHaveBean(AmoClientMetrics.class);
            assertThat(context.getBean(AmoTransport.class).getMetrics()).isSameAs(AmoClientMetrics.NONE);
        });
    }

    @Test
    void shouldNotReportHealthUnlessEnabled() {
        this.contextRunner.run(context -> assertThat(context).doesNotHaveBean(AmoHealthIndicator.class));
    }

    @Test
    void shouldReportHealthWhenEnabled() {
        this.contextRunner
                .withPropertyValues("amocrm.health.enabled=true")
                .run(context -> assertThat(context).hasBean("amocrmHealthIndicator"));
    }

    @Test
    void shouldFailClusterScopeWithoutDataSource() {
        this.contextRunner
                .withPropertyValues("amocrm.rate-limit.scope=cluster")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("amocrm.rate-limit.scope=cluster")
                        .hasMessageContaining("no single DataSource"));
    }

    @Test
    void shouldFailClusterScopeOnUnsupportedDatabase() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "amocrm.rate-limit.scope=cluster",
                        "spring.datasource.url=jdbc:h2:mem:amo-cluster;DB_CLOSE_DELAY=-1")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("PostgreSQL, MySQL or MariaDB")
                        .hasMessageContaining("H2"));
    }

    @Test
    void shouldFailRedisStoreWithoutRedis() {
        this.contextRunner
                .withPropertyValues("amocrm.rate-limit.scope=cluster", "amocrm.rate-limit.store=redis")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("amocrm.rate-limit.store=redis")
                        .hasMessageContaining("no single Lettuce connection factory"));
    }

    @Test
    void shouldNotLookForADataSourceWhenTheClusterRateLimitIsInRedis() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "amocrm.rate-limit.scope=cluster",
                        "amocrm.rate-limit.store=redis",
                        "spring.datasource.url=jdbc:h2:mem:amo-redis-store;DB_CLOSE_DELAY=-1")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("Lettuce")
                        .hasMessageNotContaining("H2"));
    }

    @Test
    void shouldKeepUserRateLimiterInClusterScope() {
        this.contextRunner
                .withPropertyValues("amocrm.rate-limit.scope=cluster")
                .withUserConfiguration(UserRateLimiterConfiguration.class)
                .run(context -> assertThat(context.getBean(AmoRateLimiter.class))
                        .isSameAs(UserRateLimiterConfiguration.LIMITER));
    }

    @Configuration(proxyBeanMethods = false)
    static class MeterRegistryConfiguration {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserRateLimiterConfiguration {

        static final AmoRateLimiter LIMITER = accountHost -> {};

        @Bean
        AmoRateLimiter userRateLimiter() {
            return LIMITER;
        }
    }
}
