package io.github.amocrmspring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates the {@link AmoFakeServerContextCustomizer} for test classes annotated with
 * {@link AutoConfigureAmoFakeServer}.
 */
public final class AmoFakeServerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureAmoFakeServer annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureAmoFakeServer.class);
        if (annotation == null) {
            return null;
        }
        return new AmoFakeServerContextCustomizer(new AmoFakeServerContextCustomizer.Settings(
                annotation.accountName(),
                annotation.accountHost(),
                annotation.redirectUri(),
                annotation.demoData(),
                annotation.requestsPerSecond()));
    }
}
