package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.amocrmspring.model.Webhook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with webhooks" example, step by step. */
class WebhookExamplesTests extends FakeAmoTests {

    @Test
    void shouldSubscribeAndUnsubscribeOneAndSeveralWebhooks() {
        this.amo.webhooks().list();

        List<Webhook> subscribed =
                this.amo.webhooks().subscribe(Webhook.of("https://example.com/webhook/", "add_lead"));
        assertThat(subscribed).extracting(Webhook::getResult).containsExactly(true);
        assertThat(onlyBody("POST", "/api/v2/webhooks/subscribe").toString())
                .isEqualTo("{\"subscribe\":[{\"url\":\"https://example.com/webhook/\",\"events\":[\"add_lead\"]}]}");
        assertThat(this.amo.webhooks().list()).extracting(Webhook::getUrl).contains("https://example.com/webhook/");

        this.amo.webhooks().unsubscribe(Webhook.of("https://example.com/webhook/", "add_lead"));
        assertThat(onlyBody("POST", "/api/v2/webhooks/unsubscribe")
                        .get("unsubscribe")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo("https://example.com/webhook/");

        this.server.journal().clear();
        this.amo
                .webhooks()
                .subscribe(
                        Webhook.of("https://example1.com/webhook/", "add_lead"),
                        Webhook.of("https://example2.com/webhook/", "update_lead"));
        JsonNode several = onlyBody("POST", "/api/v2/webhooks/subscribe").get("subscribe");
        assertThat(several).hasSize(2);
        assertThat(several.get(1).get("events").toString()).isEqualTo("[\"update_lead\"]");
        assertThat(account().webhookUrls())
                .contains("https://example1.com/webhook/", "https://example2.com/webhook/")
                .doesNotContain("https://example.com/webhook/");

        this.amo
                .webhooks()
                .unsubscribe(
                        Webhook.of("https://example1.com/webhook/", "add_lead"),
                        Webhook.of("https://example2.com/webhook/", "update_lead"));
        assertThat(account().webhookUrls())
                .doesNotContain("https://example1.com/webhook/", "https://example2.com/webhook/");
    }

    @Test
    void shouldRefuseMoreThanAHundredWebhooksAtOnce() {
        List<Webhook> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Webhook.of("https://example.com/hook/" + i, "add_lead"));
        }

        assertThatIllegalArgumentException()
                .isThrownBy(() -> this.amo.webhooks().subscribe(tooMany))
                .withMessageContaining("At most 100");
        assertThat(requests("POST", "/api/v2/webhooks/subscribe")).isEmpty();
    }
}
