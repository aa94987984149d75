package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A webhook: a URL amoCRM calls on the given events, such as {@code add_lead}, {@code update_contact},
 * {@code status_lead} or {@code note_company}. An account holds at most 100.
 */
public class Webhook extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("url")
    private String url;

    @JsonProperty("events")
    private List<String> events;

    @JsonProperty("result")
    private Boolean result;

    public Webhook() {}

    public Webhook(String url, List<String> events) {
        this.url = url;
        this.events = new ArrayList<>(events);
    }

    /** Return a webhook on the given URL and events. */
    public static Webhook of(String url, String... events) {
        return new Webhook(url, List.of(events));
    }

    public Long getId() {
        return this.id;
    }

    public String getUrl() {
        return this.url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return (this.events != null) ? Collections.unmodifiableList(this.events) : List.of();
    }

    public void setEvents(List<String> events) {
        this.events = new ArrayList<>(events);
    }

    /** Return the result amoCRM reported for a subscribe or unsubscribe, or {@code null} for a webhook listed. */
    public Boolean getResult() {
        return this.result;
    }

    @Override
    public String toString() {
        return "Webhook " + this.url + " " + this.events;
    }
}
