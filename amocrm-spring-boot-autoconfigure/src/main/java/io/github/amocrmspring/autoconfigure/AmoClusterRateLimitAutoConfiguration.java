package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.ratelimit.ClusterRateLimiter;
import io.github.amocrmspring.ratelimit.JdbcRateLimitBuckets;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of a rate limit shared by every instance of the application
 * ({@code amocrm.rate-limit.scope=cluster}): a {@link ClusterRateLimiter} on Bucket4j buckets in the application's
 * PostgreSQL, MySQL or MariaDB database.
 *
 * <p>Start-up fails with a message that says what is missing when the application has no single
 * {@link DataSource}, when its database is another one, or when Bucket4j is not on the class path.
 */
@AutoConfiguration(
        before = AmoAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(AmoProperties.class)
@ConditionalOnProperty(name = "amocrm.rate-limit.scope", havingValue = "cluster")
public final class AmoClusterRateLimitAutoConfiguration {

    private static final String PROXY_MANAGER_CLASS = "io.github.bucket4j.distributed.proxy.ProxyManager";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AmoRateLimiter.class)
    static class JdbcClusterRateLimiterConfiguration {

        @Bean
        @ConditionalOnMissingBean
        AmoRateLimitSchemaInitializer amoRateLimitSchemaInitializer(
                ObjectProvider<DataSource> dataSource, AmoProperties properties) {
            return new AmoRateLimitSchemaInitializer(requireDataSource(dataSource), properties.getJdbc());
        }

        @Bean
        @DependsOnDatabaseInitialization
        AmoRateLimiter amoClusterRateLimiter(ObjectProvider<DataSource> dataSource, AmoProperties properties) {
            if (!ClassUtils.isPresent(PROXY_MANAGER_CLASS, getClass().getClassLoader())) {
                throw new IllegalStateException("amocrm.rate-limit.scope=cluster needs Bucket4j on the class path:"
                        + " add com.bucket4j:bucket4j_jdk17-core, and com.bucket4j:bucket4j_jdk17-postgresql for"
                        + " PostgreSQL");
            }
            AmoProperties.RateLimit rateLimit = properties.getRateLimit();
            JdbcRateLimitBuckets buckets = new JdbcRateLimitBuckets(
                    requireDataSource(dataSource), properties.getJdbc().getRateLimitTableName());
            return new ClusterRateLimiter(
                    buckets.proxyManager(),
                    ClusterRateLimiter.permitInterval(rateLimit.getRequestsPerSecond()),
                    rateLimit.getTimeout());
        }
    }

    private static DataSource requireDataSource(ObjectProvider<DataSource> dataSource) {
        DataSource unique = dataSource.getIfUnique();
        if (unique == null) {
            throw new IllegalStateException("amocrm.rate-limit.scope=cluster shares the rate limit through the"
                    + " application's database, but the application has no single DataSource: configure one"
                    + " (spring.datasource.*) on PostgreSQL, MySQL or MariaDB, or use"
                    + " amocrm.rate-limit.scope=instance");
        }
        JdbcRateLimitBuckets.checkSupported(unique);
        return unique;
    }
}
