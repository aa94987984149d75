package io.github.amocrmspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A web application that connects amoCRM accounts through OAuth and works with their leads.
 *
 * <p>With nothing configured it runs in demo mode against an embedded fake amoCRM (see
 * {@link io.github.amocrmspring.sample.demo.DemoModeInitializer}).
 */
@SpringBootApplication
@EnableConfigurationProperties(SampleProperties.class)
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
