package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.ratelimit.ClusterRateLimiter;
import io.github.amocrmspring.ratelimit.JdbcRateLimitBuckets;
import io.github.amocrmspring.ratelimit.RedisRateLimitBuckets;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of a rate limit shared by every instance of the application
 * ({@code amocrm.rate-limit.scope=cluster}): a {@link ClusterRateLimiter} on Bucket4j buckets in the application's
 * PostgreSQL, MySQL or MariaDB database, or in its Redis server ({@code amocrm.rate-limit.store=redis}).
 *
 * <p>Start-up fails with a message that says what is missing when the application has no single
 * {@link DataSource} or Lettuce connection factory, when its database is another one, or when Bucket4j is not on
 * the class path.
 */
@AutoConfiguration(
        before = AmoAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"
        })
@EnableConfigurationProperties(AmoProperties.class)
@ConditionalOnProperty(name = "amocrm.rate-limit.scope", havingValue = "cluster")
public final class AmoClusterRateLimitAutoConfiguration {

    private static final String PROXY_MANAGER_CLASS = "io.github.bucket4j.distributed.proxy.ProxyManager";

    private static final String BUCKET4J_LETTUCE_CLASS = "io.github.bucket4j.redis.lettuce.Bucket4jLettuce";

    private static final String LETTUCE_FACTORY_CLASS =
            "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AmoRateLimiter.class)
    @ConditionalOnProperty(name = "amocrm.rate-limit.store", havingValue = "database", matchIfMissing = true)
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

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AmoRateLimiter.class)
    @ConditionalOnProperty(name = "amocrm.rate-limit.store", havingValue = "redis")
    static class RedisClusterRateLimiterConfiguration {

        @Bean
        AmoRateLimiter amoClusterRateLimiter(BeanFactory beanFactory, AmoProperties properties) {
            ClassLoader classLoader = getClass().getClassLoader();
            if (!ClassUtils.isPresent(BUCKET4J_LETTUCE_CLASS, classLoader)
                    || !ClassUtils.isPresent(LETTUCE_FACTORY_CLASS, classLoader)) {
                throw new IllegalStateException("amocrm.rate-limit.store=redis needs Spring Data Redis with Lettuce"
                        + " and Bucket4j's Redis support on the class path: add"
                        + " org.springframework.boot:spring-boot-starter-data-redis and"
                        + " com.bucket4j:bucket4j_jdk17-lettuce");
            }
            return LettuceStore.rateLimiter(beanFactory, properties.getRateLimit());
        }
    }

    /** Keeps Spring Data Redis and Lettuce, optional dependencies, out of the way of applications without them. */
    private static final class LettuceStore {

        static ClusterRateLimiter rateLimiter(BeanFactory beanFactory, AmoProperties.RateLimit rateLimit) {
            RedisConnectionFactory connectionFactory =
                    beanFactory.getBeanProvider(RedisConnectionFactory.class).getIfUnique();
            if (!(connectionFactory instanceof LettuceConnectionFactory lettuce)) {
                throw new IllegalStateException("amocrm.rate-limit.store=redis shares the rate limit through the"
                        + " application's Redis server, but the application has no single Lettuce connection"
                        + " factory: configure Redis (spring.data.redis.*) with the Lettuce client, or use"
                        + " amocrm.rate-limit.store=database");
            }
            RedisRateLimitBuckets buckets =
                    new RedisRateLimitBuckets(lettuce.getRequiredNativeClient(), rateLimit.getRedisKeyPrefix());
            return new ClusterRateLimiter(
                    buckets.proxyManager(),
                    ClusterRateLimiter.permitInterval(rateLimit.getRequestsPerSecond()),
                    rateLimit.getTimeout(),
                    buckets);
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
