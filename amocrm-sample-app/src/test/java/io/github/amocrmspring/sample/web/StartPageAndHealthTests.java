package io.github.amocrmspring.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.support.SampleAppTestSupport;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StartPageAndHealthTests extends SampleAppTestSupport {

    @Test
    void shouldSayOnTheStartPageThatItRunsInDemoMode() {
        HttpResponse<String> response = this.browser.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("demo mode")
                .contains("Connect amoCRM")
                .contains("No account is connected yet.");
    }

    @Test
    void shouldExposeHealth() {
        HttpResponse<String> response = this.browser.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
