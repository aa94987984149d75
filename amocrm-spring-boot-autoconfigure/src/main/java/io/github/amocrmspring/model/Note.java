package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A note ({@code /api/v2/notes}), attached to a contact, lead, company, customer or (for a task result) a task.
 *
 * <p>For system messages and SMS notes amoCRM reads the text from {@code params.text}; the text is copied there
 * when the note is sent.
 */
public class Note extends AmoEntity {

    @JsonProperty("element_id")
    private Long elementId;

    @JsonProperty("element_type")
    private ElementType elementType;

    @JsonProperty("note_type")
    private NoteType noteType;

    @JsonProperty("text")
    private String text;

    @JsonProperty("is_editable")
    private Boolean editable;

    @JsonProperty("params")
    private JsonNode params;

    public Note() {}

    public Note(NoteType noteType, String text) {
        this.noteType = noteType;
        this.text = text;
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.NOTE;
    }

    public Long getElementId() {
        return this.elementId;
    }

    public ElementType getElementType() {
        return this.elementType;
    }

    /** Attach the note to an entity of the given type. */
    public Note attachTo(ElementType type, long id) {
        this.elementType = type;
        this.elementId = id;
        return this;
    }

    /** Attach the note to a contact. */
    public Note attachToContact(long contactId) {
        return attachTo(ElementType.CONTACT, contactId);
    }

    /** Attach the note to a lead. */
    public Note attachToLead(long leadId) {
        return attachTo(ElementType.LEAD, leadId);
    }

    /** Attach the note to a company. */
    public Note attachToCompany(long companyId) {
        return attachTo(ElementType.COMPANY, companyId);
    }

    /** Attach a task-result note to its task. */
    public Note attachToTask(long taskId) {
        return attachTo(ElementType.TASK, taskId);
    }

    public NoteType getNoteType() {
        return this.noteType;
    }

    public void setNoteType(NoteType noteType) {
        this.noteType = noteType;
    }

    public String getText() {
        return this.text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getEditable() {
        return this.editable;
    }

    /** Return the note's {@code params} object, or {@code null}. */
    public JsonNode getParams() {
        return this.params;
    }

    /** Set one key of the note's {@code params}, such as {@code service} or {@code phone}. */
    public Note setParam(String name, Object value) {
        ObjectNode node = (this.params != null && this.params.isObject())
                ? (ObjectNode) this.params
                : JsonNodes.FACTORY.objectNode();
        node.set(name, JsonNodes.toNode(value));
        this.params = node;
        return this;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "element_id", this.elementId);
        putIfNotNull(item, "element_type", (this.elementType != null) ? this.elementType.code() : null);
        putIfNotNull(item, "note_type", (this.noteType != null) ? this.noteType.code() : null);
        putIfNotNull(item, "text", this.text);
        ObjectNode requestParams = (this.params != null && this.params.isObject())
                ? ((ObjectNode) this.params).deepCopy()
                : JsonNodes.FACTORY.objectNode();
        if (this.noteType != null && this.noteType.carriesTextInParams() && this.text != null) {
            requestParams.put("text", this.text);
        }
        if (!requestParams.isEmpty()) {
            item.set("params", requestParams);
        }
    }
}
