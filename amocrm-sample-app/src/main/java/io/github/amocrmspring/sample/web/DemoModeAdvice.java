package io.github.amocrmspring.sample.web;

import io.github.amocrmspring.sample.SampleProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether the application runs in demo mode, so that each one can say so. */
@ControllerAdvice
public class DemoModeAdvice {

    private final SampleProperties properties;

    public DemoModeAdvice(SampleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("demoMode")
    public boolean demoMode() {
        return this.properties.isDemo();
    }
}
