package io.github.amocrmspring.autoconfigure;

import io.github.amocrmspring.client.AmoAccounts;
import io.github.amocrmspring.health.AmoHealthIndicator;
import io.github.amocrmspring.retry.AccountBlocks;
import io.github.amocrmspring.storage.AuthKind;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of the {@code amocrm} health indicator, which reports the token state of each account
 * without calling amoCRM. It is opt-in: {@code amocrm.health.enabled=true}.
 */
@AutoConfiguration(after = {AmoAutoConfiguration.class, AmoRetryAutoConfiguration.class})
@ConditionalOnClass(AbstractHealthIndicator.class)
@ConditionalOnProperty(name = "amocrm.health.enabled", havingValue = "true")
@ConditionalOnBean(TokenStorage.class)
public final class AmoHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "amocrmHealthIndicator")
    AmoHealthIndicator amocrmHealthIndicator(
            TokenStorage tokenStorage,
            AmoProperties properties,
            ObjectProvider<AmoAccounts> accounts,
            ObjectProvider<AccountBlocks> accountBlocks,
            ObjectProvider<Clock> clock) {
        return new AmoHealthIndicator(
                tokenStorage,
                () -> configuredAccounts(properties, accounts.getIfAvailable()),
                accountBlocks.getIfAvailable(),
                clock.getIfUnique(Clock::systemUTC));
    }

    private static Map<String, AuthKind> configuredAccounts(AmoProperties properties, AmoAccounts accounts) {
        Map<String, AuthKind> configured = new LinkedHashMap<>();
        if (accounts == null) {
            return configured;
        }
        accounts.getHostsByName().forEach((name, host) -> {
            AmoProperties.Account account = properties.getAccounts().get(name);
            AuthKind kind = AuthKind.OAUTH;
            if (account != null && StringUtils.hasText(account.getAccessToken())) {
                kind = AuthKind.LONG_LIVED_TOKEN;
            } else if (account != null && StringUtils.hasText(account.getApiKey())) {
                kind = AuthKind.API_KEY;
            }
            configured.putIfAbsent(host, kind);
        });
        return configured;
    }
}
