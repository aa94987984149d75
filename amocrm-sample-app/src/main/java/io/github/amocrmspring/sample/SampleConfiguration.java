package io.github.amocrmspring.sample;

import io.github.amocrmspring.sample.oauth.AccountHostPolicy;
import io.github.amocrmspring.sample.oauth.AuthorizationCallbackValidator;
import io.github.amocrmspring.sample.oauth.AuthorizationStateStore;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sample's own beans: the clock, the OAuth state store and the rules a callback must pass. */
@Configuration(proxyBeanMethods = false)
class SampleConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuthorizationStateStore authorizationStateStore(Clock clock, SampleProperties properties) {
        return new AuthorizationStateStore(clock, properties.getStateTimeToLive());
    }

    @Bean
    AccountHostPolicy accountHostPolicy(SampleProperties properties) {
        return new AccountHostPolicy(properties.getExtraAccountHosts());
    }

    @Bean
    AuthorizationCallbackValidator authorizationCallbackValidator(
            @Value("${amocrm.oauth.client-id}") String clientId, AccountHostPolicy accountHostPolicy) {
        return new AuthorizationCallbackValidator(clientId, accountHostPolicy);
    }
}
