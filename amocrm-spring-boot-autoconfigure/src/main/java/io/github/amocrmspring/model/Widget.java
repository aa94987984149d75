package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** A widget of the account ({@code /api/v2/widgets}), with its settings; only administrators see them. */
public class Widget extends AmoObject {

    @JsonProperty("widget_id")
    private Long widgetId;

    @JsonProperty("widget_code")
    private String widgetCode;

    @JsonProperty("active")
    private JsonNode active;

    @JsonProperty("settings")
    private JsonNode settings;

    public Widget() {}

    public Widget(String widgetCode, Long widgetId) {
        this.widgetCode = widgetCode;
        this.widgetId = widgetId;
    }

    public Long getWidgetId() {
        return this.widgetId;
    }

    public String getWidgetCode() {
        return this.widgetCode;
    }

    /** Return whether the widget is installed; amoCRM writes it as a boolean or as {@code Y}/{@code N}. */
    public boolean isActive() {
        if (this.active == null || this.active.isNull()) {
            return false;
        }
        if (this.active.isBoolean()) {
            return this.active.booleanValue();
        }
        String text = this.active.asString();
        return "Y".equalsIgnoreCase(text) || "1".equals(text) || "true".equalsIgnoreCase(text);
    }

    /** Return the widget's settings, or {@code null}. */
    public JsonNode getSettings() {
        return this.settings;
    }

    /** Set the settings to install the widget with. */
    public void setSettings(Object settings) {
        this.settings = JsonNodes.toNode(settings);
    }

    @Override
    public String toString() {
        return "Widget " + this.widgetCode + " (" + this.widgetId + ")";
    }
}
