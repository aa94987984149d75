package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.entity.EntityContext;
import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.InMemoryEntityGuard;
import io.github.amocrmspring.guard.JdbcEntityGuard;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.metrics.TimedEntityGuard;
import io.github.amocrmspring.retry.BatchSplitter;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Auto-configuration of the {@link EntityGuard} that serializes saves of one entity: a row lock in the
 * application's database when it has one, so that every instance of the application shares it, and a lock in
 * memory otherwise. {@code amocrm.entity-guard.enabled=false} turns it off.
 */
@AutoConfiguration(
        before = AmoAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(AmoProperties.class)
@Import({
    AmoEntityGuardAutoConfiguration.DisabledEntityGuardConfiguration.class,
    AmoEntityGuardAutoConfiguration.JdbcEntityGuardConfiguration.class
})
public final class AmoEntityGuardAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EntityGuard amoInMemoryEntityGuard(AmoProperties properties) {
        AmoProperties.EntityGuard guard = properties.getEntityGuard();
        return new InMemoryEntityGuard(guard.getAttempts(), guard.getPause());
    }

    @Bean
    @ConditionalOnMissingBean
    EntityContext amoEntityContext(
            EntityGuard entityGuard,
            AmoProperties properties,
            ObjectProvider<AmoClientMetrics> metrics,
            ObjectProvider<BatchSplitter> batchSplitter) {
        return new EntityContext(
                TimedEntityGuard.of(entityGuard, metrics.getIfAvailable(() -> AmoClientMetrics.NONE)),
                EntityContext.newPrefetchExecutor(),
                properties.getStream().getPrefetchPages(),
                properties.getStream().getSecondPageAfter(),
                batchSplitter.getIfAvailable(BatchSplitter::withoutMetrics));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "amocrm.entity-guard.enabled", havingValue = "false")
    static class DisabledEntityGuardConfiguration {

        @Bean
        @ConditionalOnMissingBean
        EntityGuard amoDisabledEntityGuard() {
            return EntityGuard.none();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcClient.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnProperty(name = "amocrm.entity-guard.enabled", havingValue = "true", matchIfMissing = true)
    static class JdbcEntityGuardConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        EntityGuard amoJdbcEntityGuard(DataSource dataSource, AmoProperties properties) {
            AmoProperties.EntityGuard guard = properties.getEntityGuard();
            return new JdbcEntityGuard(
                    dataSource, properties.getJdbc().getLockTableName(), guard.getAttempts(), guard.getPause());
        }
    }
}
