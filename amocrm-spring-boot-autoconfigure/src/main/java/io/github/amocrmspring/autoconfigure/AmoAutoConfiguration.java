package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.auth.ApiKeyAuthenticator;
import io.github.amocrmspring.auth.LongLivedTokenAuthenticator;
import io.github.amocrmspring.auth.OAuthAuthenticator;
import io.github.amocrmspring.auth.OAuthClient;
import io.github.amocrmspring.client.AccountAuthenticator;
import io.github.amocrmspring.client.AmoAccountClient;
import io.github.amocrmspring.client.AmoAccounts;
import io.github.amocrmspring.client.AmoClientSettings;
import io.github.amocrmspring.client.AmoExchangeInterceptor;
import io.github.amocrmspring.client.AmoHostResolver;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.client.AmoTransport;
import io.github.amocrmspring.client.RequestCredentials;
import io.github.amocrmspring.client.WireLogger;
import io.github.amocrmspring.entity.EntityContext;
import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.metrics.AmoClientMetrics;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.ratelimit.Resilience4jAmoRateLimiter;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.InMemoryTokenStorage;
import io.github.amocrmspring.storage.JdbcTokenStorage;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the amoCRM client: an {@link AmoTemplate} for the accounts of {@code amocrm.*}, with a
 * {@link TokenStorage} in the application's database when it has one (in memory otherwise), a per-account
 * {@link AmoRateLimiter}, and requests sent through Spring Boot's {@code RestClient.Builder}.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
            "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@EnableConfigurationProperties(AmoProperties.class)
@Import(AmoAutoConfiguration.JdbcTokenStorageConfiguration.class)
public final class AmoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TokenStorage amoTokenStorage() {
        return new InMemoryTokenStorage();
    }

    @Bean
    @ConditionalOnMissingBean
    AmoHostResolver amoHostResolver(AmoProperties properties) {
        return new AmoHostResolver(properties.getDomain(), properties.getBaseUrl());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "amocrm.rate-limit.scope", havingValue = "instance", matchIfMissing = true)
    AmoRateLimiter amoRateLimiter(AmoProperties properties) {
        AmoProperties.RateLimit rateLimit = properties.getRateLimit();
        return new Resilience4jAmoRateLimiter(rateLimit.getRequestsPerSecond(), rateLimit.getTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    AmoTransport amoTransport(
            AmoProperties properties,
            AmoHostResolver hostResolver,
            AmoRateLimiter rateLimiter,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
            ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<AmoExchangeInterceptor> exchangeInterceptors,
            ObjectProvider<AmoClientMetrics> metrics) {
        if (properties.isDebug()) {
            LoggingSystem.get(getClass().getClassLoader()).setLogLevel(WireLogger.LOGGER_NAME, LogLevel.DEBUG);
        }
        HttpClientSettings settings = new HttpClientSettings(
                HttpRedirects.DONT_FOLLOW,
                properties.getConnectTimeout(),
                properties.getReadTimeout(),
                sslBundle(properties, sslBundles));
        RestClient restClient = restClientBuilder
                .getIfAvailable(RestClient::builder)
                .requestFactory(requestFactoryBuilder
                        .getIfAvailable(ClientHttpRequestFactoryBuilder::detect)
                        .build(settings))
                .defaultHeader("User-Agent", properties.getUserAgent())
                .build();
        AmoTransport transport = new AmoTransport(
                restClient,
                JsonMapper.builder().build(),
                hostResolver,
                rateLimiter,
                properties.getSuccessStatusCodes());
        transport.setExchangeInterceptors(exchangeInterceptors.orderedStream().toList());
        transport.setMetrics(metrics.getIfAvailable(() -> AmoClientMetrics.NONE));
        return transport;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(
            prefix = "amocrm.oauth",
            name = {"client-id", "client-secret", "redirect-uri"})
    OAuthClient amoOAuthClient(
            AmoProperties properties, AmoTransport transport, TokenStorage tokenStorage, ObjectProvider<Clock> clock) {
        AmoProperties.OAuth oauth = properties.getOauth();
        return new OAuthClient(
                transport,
                tokenStorage,
                clock.getIfUnique(Clock::systemUTC),
                oauth.getClientId(),
                oauth.getClientSecret(),
                oauth.getRedirectUri());
    }

    @Bean
    @ConditionalOnMissingBean
    AmoAccounts amoAccounts(
            AmoProperties properties,
            AmoHostResolver hostResolver,
            AmoTransport transport,
            TokenStorage tokenStorage,
            ObjectProvider<OAuthClient> oauthClient,
            ObjectProvider<Clock> clock) {
        Map<String, String> hostsByName = new LinkedHashMap<>();
        Map<String, AmoProperties.Account> accountsByHost = new LinkedHashMap<>();
        properties.getAccounts().forEach((name, account) -> {
            checkCredentials(name, account);
            String host = hostResolver.resolveHost(StringUtils.hasText(account.getHost()) ? account.getHost() : name);
            hostsByName.put(name, host);
            accountsByHost.putIfAbsent(host, account);
        });
        AmoClientSettings settings = new AmoClientSettings(properties.getPageSize(), properties.getBatchSize());
        AccountAuthenticators authenticators = new AccountAuthenticators(
                properties, transport, tokenStorage, oauthClient.getIfAvailable(), clock.getIfUnique(Clock::systemUTC));
        return new AmoAccounts(
                hostResolver,
                hostsByName,
                host -> new AmoAccountClient(
                        host, transport, authenticators.create(host, accountsByHost.get(host)), settings));
    }

    @Bean
    @ConditionalOnMissingBean
    AmoTemplate amoTemplate(
            AmoProperties properties,
            AmoAccounts accounts,
            ObjectProvider<OAuthClient> oauthClient,
            ObjectProvider<EntityContext> entityContext) {
        String defaultAccount = properties.getDefaultAccount();
        if (!StringUtils.hasText(defaultAccount) && properties.getAccounts().size() == 1) {
            defaultAccount = properties.getAccounts().keySet().iterator().next();
        }
        return new AmoTemplate(
                accounts,
                defaultAccount,
                oauthClient.getIfAvailable(),
                entityContext.getIfAvailable(EntityContext::fallback));
    }

    private static @Nullable SslBundle sslBundle(AmoProperties properties, ObjectProvider<SslBundles> sslBundles) {
        String bundle = properties.getSsl().getBundle();
        if (!StringUtils.hasText(bundle)) {
            return null;
        }
        SslBundles bundles = sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new IllegalStateException("amocrm.ssl.bundle is set to '" + bundle
                    + "' but the application has no SSL bundles (spring.ssl.bundle.*)");
        }
        return bundles.getBundle(bundle);
    }

    private static void checkCredentials(String name, AmoProperties.Account account) {
        boolean token = StringUtils.hasText(account.getAccessToken());
        boolean login = StringUtils.hasText(account.getLogin());
        boolean apiKey = StringUtils.hasText(account.getApiKey());
        if (token && (login || apiKey)) {
            throw new IllegalStateException("amocrm.accounts." + name + " has both an access-token and an api-key"
                    + " login: set only one of them");
        }
        if (login != apiKey) {
            throw new IllegalStateException(
                    "amocrm.accounts." + name + " needs both login and api-key" + " to use the legacy API key");
        }
    }

    /** Creates the authenticator of each account host from the configured credentials. */
    private record AccountAuthenticators(
            AmoProperties properties,
            AmoTransport transport,
            TokenStorage tokenStorage,
            @Nullable OAuthClient oauthClient,
            Clock clock) {

        AccountAuthenticator create(String host, AmoProperties.@Nullable Account account) {
            if (account != null && StringUtils.hasText(account.getAccessToken())) {
                return new LongLivedTokenAuthenticator(host, account.getAccessToken());
            }
            if (account != null && StringUtils.hasText(account.getApiKey())) {
                AmoProperties.ApiKey apiKey = this.properties.getApiKey();
                return new ApiKeyAuthenticator(
                        host,
                        this.transport,
                        account.getLogin(),
                        account.getApiKey(),
                        apiKey.getReauthPause(),
                        apiKey.getReauthAttempts());
            }
            if (this.oauthClient != null) {
                return new OAuthAuthenticator(
                        host,
                        this.tokenStorage,
                        this.oauthClient,
                        this.clock,
                        this.properties.getOauth().getRefreshBeforeExpiry());
            }
            return new UnauthorizedAccount(host);
        }
    }

    /** The authenticator of an account without any credentials: every request fails with a clear message. */
    private record UnauthorizedAccount(String host) implements AccountAuthenticator {

        @Override
        public AuthKind kind() {
            return AuthKind.OAUTH;
        }

        @Override
        public RequestCredentials credentials() {
            throw new AmoAuthorizationException(
                    "Account " + this.host + " has no credentials: set amocrm.accounts.<name>.access-token, or"
                            + " login and api-key, or configure an OAuth integration (amocrm.oauth.client-id,"
                            + " client-secret, redirect-uri) and authorize the account",
                    this.host,
                    null,
                    0);
        }

        @Override
        public RequestCredentials renew(@Nullable RequestCredentials rejected, int attempt, String path) {
            throw new IllegalStateException("Account " + this.host + " sent a request without credentials");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcClient.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class JdbcTokenStorageConfiguration {

        @Bean
        @ConditionalOnMissingBean
        AmoJdbcSchemaInitializer amoJdbcSchemaInitializer(DataSource dataSource, AmoProperties properties) {
            return new AmoJdbcSchemaInitializer(dataSource, properties.getJdbc());
        }

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        TokenStorage amoJdbcTokenStorage(DataSource dataSource, AmoProperties properties) {
            return new JdbcTokenStorage(dataSource, properties.getJdbc().getTokenTableName());
        }
    }
}
