package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.MicrometerAmoClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the amoCRM client's Micrometer meters ({@code amocrm.*}), when the application has a
 * {@link MeterRegistry}.
 */
@AutoConfiguration(
        before = AmoAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple."
                    + "SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class AmoMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AmoClientMetrics amoClientMetrics(MeterRegistry meterRegistry) {
        return new MicrometerAmoClientMetrics(meterRegistry);
    }
}
