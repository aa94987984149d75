package io.github.amocrmspring.docs.testing;

import io.github.amocrmspring.docs.cookbook.LeadReport;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The application that the testing examples test: the starter and the {@link LeadReport} service. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LeadReport.class)
class ExampleApplication {}
