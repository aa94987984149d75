package io.github.amocrmspring.integration.core;

import io.github.amocrmspring.test.server.AmoFakeServer;
import java.time.Clock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The application of the core integration tests: the starter as auto-configured, on the fake server's clock. */
@SpringBootConfiguration
@EnableAutoConfiguration
class CoreTestApplication {

    @Bean
    Clock amoClock(AmoFakeServer server) {
        return server.clock();
    }
}
