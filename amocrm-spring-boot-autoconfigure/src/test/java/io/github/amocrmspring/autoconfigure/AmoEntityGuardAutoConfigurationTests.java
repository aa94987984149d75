package io.github.amocrmspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.EntityContext;
import io.github.amocrmspring.guard.EntityGuard;
import io.github.amocrmspring.guard.EntityKey;
import io.github.amocrmspring.guard.InMemoryEntityGuard;
import io.github.amocrmspring.guard.JdbcEntityGuard;
import io.github.amocrmspring.model.EntityType;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

class AmoEntityGuardAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    AmoAutoConfiguration.class,
                    AmoEntityGuardAutoConfiguration.class,
                    RestClientAutoConfiguration.class,
                    ValidationAutoConfiguration.class));

    @Test
    void shouldGuardInMemoryWithoutDataSource() {
        this.contextRunner.run(context -> {
            assertThat(context).getBean(EntityGuard.class).isInstanceOf(InMemoryEntityGuard.class);
            assertThat(context.getBean(AmoTemplate.class).entityContext())
                    .isSameAs(context.getBean(EntityContext.class));
        });
    }

    @Test
    void shouldReadThreePagesAheadByDefault() {
        this.contextRunner.run(
                context -> assertThat(context.getBean(EntityContext.class).getPrefetchPages())
                        .isEqualTo(3));
    }

    @Test
    void shouldReadAsManyPagesAheadAsConfigured() {
        this.contextRunner
                .withPropertyValues("amocrm.stream.prefetch-pages=5")
                .run(context -> assertThat(context.getBean(EntityContext.class).getPrefetchPages())
                        .isEqualTo(5));
    }

    @Test
    void shouldFailToStartWhenPagesAheadAreOutOfRange() {
        this.contextRunner.withPropertyValues("amocrm.stream.prefetch-pages=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("stream.prefetchPages")
                    .hasMessageContaining("must be between 1 and 10");
        });
    }

    @Test
    void shouldWaitForTheFirstPageAsLongAsConfigured() {
        this.contextRunner
                .withPropertyValues("amocrm.stream.second-page-after=400ms")
                .run(context -> assertThat(context.getBean(EntityContext.class).getSecondPageAfter())
                        .isEqualTo(Duration.ofMillis(400)));
    }

    @Test
    void shouldFailToStartWhenTheWaitForTheFirstPageIsNegative() {
        this.contextRunner
                .withPropertyValues("amocrm.stream.second-page-after=-1ms")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("stream.secondPageAfter")
                            .hasMessageContaining("must be between PT0S and PT1M");
                });
    }

    @Test
    void shouldGuardInTheDatabaseAndCreateTheLockTable() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:amo-guard;DB_CLOSE_DELAY=-1",
                        "amocrm.jdbc.lock-table-name=my_locks")
                .run(context -> {
                    EntityGuard guard = context.getBean(EntityGuard.class);
                    assertThat(guard).isInstanceOf(JdbcEntityGuard.class);
                    assertThat(context.getBean(EntityContext.class).getEntityGuard())
                            .isSameAs(guard);
                    guard.runLocked(new EntityKey("acme.amocrm.ru", EntityType.LEAD, 1), () -> null);
                    Integer rows = new JdbcTemplate(context.getBean(DataSource.class))
                            .queryForObject("SELECT COUNT(*) FROM my_locks", Integer.class);
                    assertThat(rows).isEqualTo(1);
                });
    }

    @Test
    void shouldTakeNoLockWhenTurnedOff() {
        this.contextRunner
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:amo-guard-off;DB_CLOSE_DELAY=-1",
                        "amocrm.entity-guard.enabled=false")
                .run(context -> assertThat(context.getBean(EntityGuard.class).toString())
                        .isEqualTo("EntityGuard.none()"));
    }

    @Test
    void shouldApplyAttemptsAndPause() {
        this.contextRunner
                .withPropertyValues("amocrm.entity-guard.attempts=3", "amocrm.entity-guard.pause=250ms")
                .run(context -> assertThat(context.getBean(EntityGuard.class).toString())
                        .isEqualTo("InMemoryEntityGuard[attempts=3, pause=PT0.25S]"));
    }

    @Test
    void shouldBackOffWhenTheApplicationDefinesAGuard() {
        this.contextRunner.withUserConfiguration(CustomGuardConfiguration.class).run(context -> {
            assertThat(context).getBean(EntityGuard.class).isSameAs(context.getBean("customGuard"));
            assertThat(context.getBean(EntityContext.class).getEntityGuard()).isSameAs(context.getBean("customGuard"));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomGuardConfiguration {

        @Bean
        EntityGuard customGuard() {
            return new EntityGuard() {
                @Override
                public <T> T runLocked(Collection<EntityKey> keys, Supplier<T> action) {
                    return action.get();
                }
            };
        }
    }
}
