package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Counts of incoming requests by category ({@code /api/v2/incoming_leads/summary}). */
public class IncomingLeadsSummary extends AmoObject {

    @JsonProperty("sip")
    private Long sip;

    @JsonProperty("mail")
    private Long mail;

    @JsonProperty("form")
    private Long form;

    @JsonProperty("chat")
    private Long chat;

    @JsonProperty("total")
    private Long total;

    @JsonProperty("accepted")
    private Long accepted;

    @JsonProperty("avg_time")
    private Double averageTime;

    public Long getSip() {
        return this.sip;
    }

    public Long getMail() {
        return this.mail;
    }

    public Long getForm() {
        return this.form;
    }

    public Long getChat() {
        return this.chat;
    }

    public Long getTotal() {
        return this.total;
    }

    public Long getAccepted() {
        return this.accepted;
    }

    /** Return the average time to handle a request, in seconds as amoCRM reports it. */
    public Double getAverageTime() {
        return this.averageTime;
    }
}
