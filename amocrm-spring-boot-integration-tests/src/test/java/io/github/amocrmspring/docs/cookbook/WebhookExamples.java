package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.model.Webhook;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The webhook examples of the cookbook. */
final class WebhookExamples {

    private static final Logger log = LoggerFactory.getLogger(WebhookExamples.class);

    private WebhookExamples() {}

    static List<Webhook> subscribeAndUnsubscribe(AmoTemplate amo) {
        // tag::webhooks[]
        // The webhooks of the account
        amo.webhooks().list().forEach(webhook -> log.info("{} on {}", webhook.getUrl(), webhook.getEvents()));

        // One webhook
        amo.webhooks().subscribe(Webhook.of("https://example.com/webhook/", "add_lead"));
        amo.webhooks().unsubscribe(Webhook.of("https://example.com/webhook/", "add_lead"));

        // Several webhooks (at most 100 in one call)
        List<Webhook> webhooks = List.of(
                Webhook.of("https://example1.com/webhook/", "add_lead"),
                Webhook.of("https://example2.com/webhook/", "update_lead"));
        amo.webhooks().subscribe(webhooks);
        amo.webhooks().unsubscribe(webhooks);
        // end::webhooks[]
        return amo.webhooks().list();
    }
}
