package io.github.amocrmspring.integration.entity;

import io.github.amocrmspring.ratelimit.AmoRateLimiter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Replaces the client's rate limiter with one that never waits, for tests that send many requests to a fake
 * server whose own limit is off: they test entities, not throttling, and must stay short.
 */
@TestConfiguration(proxyBeanMethods = false)
class UnthrottledRateLimiterConfiguration {

    @Bean
    AmoRateLimiter unthrottledRateLimiter() {
        return accountHost -> {};
    }
}
