package io.github.amocrmspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoHostResolver;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.client.AmoTransport;
import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import io.github.amocrmspring.ratelimit.Resilience4jAmoRateLimiter;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.InMemoryTokenStorage;
import io.github.amocrmspring.storage.JdbcTokenStorage;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

class AmoAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class, RestClientAutoConfiguration.class, ValidationAutoConfiguration.class));

    @Test
    void shouldCreateTemplateWithInMemoryStorageWithoutDataSource() {
        this.contextRunner.run(context -> {
            assertThat(context).hasSingleBean(AmoTemplate.class);
            assertThat(context).hasSingleBean(AmoTransport.class);
            assertThat(context).hasSingleBean(AmoHostResolver.class);
            assertThat(context).getBean(TokenStorage.class).isInstanceOf(InMemoryTokenStorage.class);
            assertThat(context).getBean(AmoRateLimiter.class).isInstanceOf(Resilience4jAmoRateLimiter.class);
        });
    }

    @Test
    void shouldUseJdbcStorageAndCreateTableWhenDataSourceExists() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:amo-autoconfig;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    TokenStorage storage = context.getBean(TokenStorage.class);
                    assertThat(storage).isInstanceOf(JdbcTokenStorage.class);
                    storage.save(new StoredTokens(
                            "acme.amocrm.ru",
                            AuthKind.OAUTH,
                            "a",
                            "r",
                            Instant.ofEpochSecond(100),
                            Instant.ofEpochSecond(50),
                            false));
                    assertThat(storage.hasTokens("acme.amocrm.ru")).isTrue();
                });
    }

    @Test
    void shouldCreateTokenTableWithConfiguredName() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:amo-table-name;DB_CLOSE_DELAY=-1",
                        "amocrm.jdbc.token-table-name=crm_tokens")
                .run(context -> {
                    JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM crm_tokens")
                                    .query(Long.class)
                                    .single())
                            .isZero();
                    context.getBean(TokenStorage.class)
                            .save(StoredTokens.oauth(
                                    "acme.amocrm.ru", "a", "r", Instant.ofEpochSecond(100), Instant.ofEpochSecond(50)));
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM crm_tokens")
                                    .query(Long.class)
                                    .single())
                            .isOne();
                });
    }

    @Test
    void shouldNotCreateTokenTableWhenInitializationIsOff() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:amo-never;DB_CLOSE_DELAY=-1",
                        "amocrm.jdbc.initialize-schema=never")
                .run(context -> assertThat(JdbcClient.create(context.getBean(DataSource.class))
                                .sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AMOCRM_TOKEN'")
                                .query(Long.class)
                                .single())
                        .isZero());
    }

    @Test
    void shouldFailStartupForUnknownSslBundle() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                .withPropertyValues("amocrm.ssl.bundle=missing")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missing");
                });
    }

    @Test
    void shouldFailStartupForAccountWithHalfAnApiKeyLogin() {
        this.contextRunner
                .withPropertyValues("amocrm.accounts.legacy.login=user@example.com")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("amocrm.accounts.legacy needs both login and api-key");
                });
    }

    @Test
    void shouldResolveConfiguredAccountsByNameAndHost() {
        this.contextRunner
                .withPropertyValues(
                        "amocrm.domain=kommo.com",
                        "amocrm.default-account=main",
                        "amocrm.accounts.main.access-token=token-1",
                        "amocrm.accounts.other.host=other.amocrm.ru",
                        "amocrm.accounts.other.access-token=token-2")
                .run(context -> {
                    AmoTemplate template = context.getBean(AmoTemplate.class);
                    assertThat(template.accountHost()).isEqualTo("main.kommo.com");
                    assertThat(template.forAccount("other").accountHost()).isEqualTo("other.amocrm.ru");
                    assertThat(template.forAccount("acme").accountHost()).isEqualTo("acme.kommo.com");
                    assertThat(template.forAccount("acme.amocrm.com").accountHost())
                            .isEqualTo("acme.amocrm.com");
                });
    }

    @Test
    void shouldBackOffWhenUserDefinesBeans() {
        this.contextRunner.withUserConfiguration(UserBeans.class).run(context -> {
            assertThat(context).getBean(TokenStorage.class).isSameAs(context.getBean(UserBeans.class).storage);
            assertThat(context).getBean(AmoRateLimiter.class).isSameAs(UserBeans.rateLimiter);
        });
    }

    @Test
    void shouldFailStartupNamingKeyAndRangeForInvalidPageSize() {
        this.contextRunner.withPropertyValues("amocrm.page-size=600").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("amocrm")
                    .hasMessageContaining("pageSize")
                    .hasMessageContaining("must be between 1 and 500");
        });
    }

    @Test
    void shouldFailStartupForTooHighRequestRate() {
        this.contextRunner
                .withPropertyValues("amocrm.rate-limit.requests-per-second=8")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("rateLimit.requestsPerSecond")
                            .hasMessageContaining("must be between 0.1 and 7");
                });
    }

    @Test
    void shouldFailStartupForDurationOutOfRange() {
        this.contextRunner.withPropertyValues("amocrm.api-key.reauth-pause=10m").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("apiKey.reauthPause")
                    .hasMessageContaining("must be between PT0S and PT5M");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {

        static final AmoRateLimiter rateLimiter = accountHost -> {};

        final TokenStorage storage = new InMemoryTokenStorage();

        @Bean
        TokenStorage userTokenStorage() {
            return this.storage;
        }

        @Bean
        AmoRateLimiter userRateLimiter() {
            return rateLimiter;
        }
    }
}
