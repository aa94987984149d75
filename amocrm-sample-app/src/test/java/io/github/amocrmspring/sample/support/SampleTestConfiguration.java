package io.github.amocrmspring.sample.support;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Lets tests see the application's outgoing requests and move its clock. */
@TestConfiguration(proxyBeanMethods = false)
public class SampleTestConfiguration {

    @Bean
    OutboundRequests outboundRequests() {
        return new OutboundRequests();
    }

    @Bean
    RestClientCustomizer outboundRequestsCustomizer(OutboundRequests outboundRequests) {
        return outboundRequests.customizer();
    }

    @Bean
    @Primary
    MutableClock sampleTestClock() {
        return new MutableClock();
    }
}
