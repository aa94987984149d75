package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.model.Webhook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The webhooks of one account ({@code /api/v2/webhooks}): list, subscribe and unsubscribe, at most 100 at once. */
public class WebhookOperations {

    /** The most webhooks an account holds, and so the most one request may carry. */
    public static final int MAX_WEBHOOKS = 100;

    private static final String PATH = "/api/v2/webhooks";

    private final AmoOperations account;

    private final EntityContext context;

    public WebhookOperations(AmoOperations account, EntityContext context) {
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    /** Return the webhooks of the account. */
    public List<Webhook> list() {
        return webhooks(this.account.exchange(AmoRequest.get(PATH)).items());
    }

    /** Subscribe webhooks; returns amoCRM's result for each. */
    public List<Webhook> subscribe(Webhook... webhooks) {
        return subscribe(Arrays.asList(webhooks));
    }

    /** Subscribe webhooks; returns amoCRM's result for each. */
    public List<Webhook> subscribe(Collection<Webhook> webhooks) {
        return send("subscribe", webhooks);
    }

    /** Unsubscribe webhooks; returns amoCRM's result for each. */
    public List<Webhook> unsubscribe(Webhook... webhooks) {
        return unsubscribe(Arrays.asList(webhooks));
    }

    /** Unsubscribe webhooks; returns amoCRM's result for each. */
    public List<Webhook> unsubscribe(Collection<Webhook> webhooks) {
        return send("unsubscribe", webhooks);
    }

    private List<Webhook> send(String action, Collection<Webhook> webhooks) {
        if (webhooks.isEmpty()) {
            throw new IllegalArgumentException("No webhooks to " + action);
        }
        if (webhooks.size() > MAX_WEBHOOKS) {
            throw new IllegalArgumentException(
                    "At most " + MAX_WEBHOOKS + " webhooks can be given to " + action + ", not " + webhooks.size());
        }
        for (Webhook webhook : webhooks) {
            if (webhook.getUrl() == null || webhook.getUrl().isBlank()) {
                throw new IllegalArgumentException("A webhook to " + action + " needs a url: " + webhook);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Webhook webhook : webhooks) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("url", webhook.getUrl());
            item.put("events", webhook.getEvents());
            items.add(item);
        }
        return webhooks(this.account
                .exchange(AmoRequest.post(PATH + "/" + action, Map.of(action, items)))
                .items());
    }

    private List<Webhook> webhooks(List<tools.jackson.databind.JsonNode> items) {
        return items.stream()
                .map(item -> this.context.getJsonMapper().treeToValue(item, Webhook.class))
                .toList();
    }

    @Override
    public String toString() {
        return "WebhookOperations[" + this.account.accountHost() + "]";
    }
}
