package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request waiting in the incoming ("unsorted") stage of a pipeline, from a web form or a call
 * ({@code /api/v2/incoming_leads}). It carries the lead, contacts and companies to create once it is accepted.
 *
 * <p>Create one with {@link #fromForm()} or {@link #fromCall()}; the category decides where it is sent.
 */
public class IncomingLead extends AmoObject {

    /** The category of a request from a web form. */
    public static final String FORM = "form";

    /** The category of a request from an incoming call. */
    public static final String SIP = "sip";

    @JsonProperty("uid")
    private String uid;

    @JsonProperty("category")
    private String category;

    @JsonProperty("source_name")
    private String sourceName;

    @JsonProperty("source_uid")
    private String sourceUid;

    @JsonProperty("pipeline_id")
    private Long pipelineId;

    @JsonProperty("created_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant createdAt;

    @JsonProperty("incoming_lead_info")
    private JsonNode incomingLeadInfo;

    @JsonProperty("incoming_entities")
    private JsonNode incomingEntities;

    private final List<Lead> leads = new ArrayList<>();

    private final List<Contact> contacts = new ArrayList<>();

    private final List<Company> companies = new ArrayList<>();

    public IncomingLead() {}

    private IncomingLead(String category) {
        this.category = category;
    }

    /** Return a new request from a web form; its info needs at least {@code form_id} and {@code form_page}. */
    public static IncomingLead fromForm() {
        return new IncomingLead(FORM);
    }

    /** Return a new request from an incoming call; its info needs {@code to}, {@code from}, {@code date_call}. */
    public static IncomingLead fromCall() {
        return new IncomingLead(SIP);
    }

    /** Return the request's uid, given by amoCRM when the request is added. */
    public String getUid() {
        return this.uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    /** Return the category: {@link #FORM}, {@link #SIP}, or {@code mail} and {@code chat} for requests read. */
    public String getCategory() {
        return this.category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSourceName() {
        return this.sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSourceUid() {
        return this.sourceUid;
    }

    public void setSourceUid(String sourceUid) {
        this.sourceUid = sourceUid;
    }

    /** Return the pipeline the request goes to; amoCRM uses the main pipeline when none is given. */
    public Long getPipelineId() {
        return this.pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    /** Return when the request was made; the client sets it to the current time when sending a request without. */
    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Return the information about the form or the call ({@code incoming_lead_info}). */
    public JsonNode getIncomingLeadInfo() {
        return this.incomingLeadInfo;
    }

    /**
     * Set one key of the information about the form ({@code form_id}, {@code form_page}, {@code form_name},
     * {@code ip}, {@code service_code}, {@code form_send_at}, {@code referer}) or the call ({@code to},
     * {@code from}, {@code date_call}, {@code duration}, {@code link}, {@code service_code}, {@code uniq},
     * {@code add_note}).
     */
    public IncomingLead setInfo(String name, Object value) {
        ObjectNode info = (this.incomingLeadInfo != null && this.incomingLeadInfo.isObject())
                ? (ObjectNode) this.incomingLeadInfo
                : JsonNodes.FACTORY.objectNode();
        info.set(name, JsonNodes.toNode(value));
        this.incomingLeadInfo = info;
        return this;
    }

    /** Return the entities amoCRM listed for a request read ({@code incoming_entities}). */
    public JsonNode getIncomingEntities() {
        return this.incomingEntities;
    }

    /** Add the lead to create when the request is accepted. */
    public IncomingLead addLead(Lead lead) {
        this.leads.add(Objects.requireNonNull(lead, "lead must not be null"));
        return this;
    }

    /** Add a contact to create when the request is accepted. */
    public IncomingLead addContact(Contact contact) {
        this.contacts.add(Objects.requireNonNull(contact, "contact must not be null"));
        return this;
    }

    /** Add a company to create when the request is accepted. */
    public IncomingLead addCompany(Company company) {
        this.companies.add(Objects.requireNonNull(company, "company must not be null"));
        return this;
    }

    /** Return the leads added to this request, unmodifiable. */
    public List<Lead> getLeads() {
        return Collections.unmodifiableList(this.leads);
    }

    /** Return the contacts added to this request, unmodifiable. */
    public List<Contact> getContacts() {
        return Collections.unmodifiableList(this.contacts);
    }

    /** Return the companies added to this request, unmodifiable. */
    public List<Company> getCompanies() {
        return Collections.unmodifiableList(this.companies);
    }

    /** Return the form amoCRM takes in {@code add}. */
    public ObjectNode toRequestItem() {
        ObjectNode item = JsonNodes.FACTORY.objectNode();
        if (this.createdAt != null) {
            item.put("created_at", this.createdAt.getEpochSecond());
        }
        putText(item, "source_name", this.sourceName);
        putText(item, "source_uid", this.sourceUid);
        if (this.pipelineId != null) {
            item.put("pipeline_id", this.pipelineId);
        }
        if (this.incomingLeadInfo != null) {
            item.set("incoming_lead_info", this.incomingLeadInfo.deepCopy());
        }
        ObjectNode entities = (this.incomingEntities != null && this.incomingEntities.isObject())
                ? ((ObjectNode) this.incomingEntities).deepCopy()
                : JsonNodes.FACTORY.objectNode();
        addAll(entities, "leads", this.leads);
        addAll(entities, "contacts", this.contacts);
        addAll(entities, "companies", this.companies);
        if (!entities.isEmpty()) {
            item.set("incoming_entities", entities);
        }
        return item;
    }

    private static void putText(ObjectNode item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }

    private static void addAll(ObjectNode entities, String key, List<? extends AmoEntity> list) {
        if (list.isEmpty()) {
            return;
        }
        ArrayNode array = entities.has(key) && entities.get(key).isArray()
                ? (ArrayNode) entities.get(key)
                : entities.putArray(key);
        list.forEach(entity -> array.add(entity.toRequestItem()));
    }
}
