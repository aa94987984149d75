package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.client.AmoRequest;
import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.model.Widget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** The widgets of one account ({@code /api/v2/widgets}): list, install and uninstall; administrators only. */
public class WidgetOperations {

    private static final String PATH = "/api/v2/widgets";

    private final AmoOperations account;

    private final EntityContext context;

    public WidgetOperations(AmoOperations account, EntityContext context) {
        this.account = Objects.requireNonNull(account, "account must not be null");
        this.context = Objects.requireNonNull(context, "context must not be null");
    }

    /** Return the widgets of the account. */
    public List<Widget> list() {
        return widgets(this.account.exchange(AmoRequest.get(PATH + "/list")));
    }

    /** Install widgets, each with its code, id and settings; returns the widgets as amoCRM now holds them. */
    public List<Widget> install(Widget... widgets) {
        return send("install", Arrays.asList(widgets), true);
    }

    /** Uninstall widgets, each named by its code and id; returns the widgets as amoCRM now holds them. */
    public List<Widget> uninstall(Widget... widgets) {
        return send("uninstall", Arrays.asList(widgets), false);
    }

    private List<Widget> send(String action, List<Widget> widgets, boolean withSettings) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Widget widget : widgets) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("widget_code", widget.getWidgetCode());
            item.put("widget_id", widget.getWidgetId());
            if (withSettings && widget.getSettings() != null) {
                item.put("settings", widget.getSettings());
            }
            items.add(item);
        }
        return widgets(this.account.exchange(AmoRequest.post(PATH, Map.of("widgets", Map.of(action, items)))));
    }

    /** Read widgets from {@code widgets} or {@code _embedded.items}, the two shapes amoCRM answers with. */
    private List<Widget> widgets(AmoResponse response) {
        List<JsonNode> nodes = new ArrayList<>(response.items());
        JsonNode widgets = response.body().path("widgets");
        if (nodes.isEmpty() && (widgets.isArray() || widgets.isObject())) {
            widgets.values().forEach(nodes::add);
        }
        return nodes.stream()
                .map(node -> this.context.getJsonMapper().treeToValue(node, Widget.class))
                .toList();
    }

    @Override
    public String toString() {
        return "WidgetOperations[" + this.account.accountHost() + "]";
    }
}
