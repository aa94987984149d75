package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;

/** A task ({@code /api/v2/tasks}), attached to a contact, lead, company or customer, or to nothing. */
public class Task extends AmoEntity {

    @JsonProperty("element_id")
    private Long elementId;

    @JsonProperty("element_type")
    private ElementType elementType;

    @JsonProperty("complete_till_at")
    @JsonAlias("complete_till")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant completeTillAt;

    @JsonProperty("task_type")
    private TaskType taskType;

    @JsonProperty("text")
    private String text;

    @JsonProperty("is_completed")
    private Boolean completed;

    @JsonProperty("result")
    private JsonNode result;

    private boolean resultChanged;

    public Task() {}

    public Task(TaskType taskType, String text) {
        this.taskType = taskType;
        this.text = text;
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.TASK;
    }

    public Long getElementId() {
        return this.elementId;
    }

    public ElementType getElementType() {
        return this.elementType;
    }

    /** Attach the task to an entity of the given type. */
    public Task attachTo(ElementType type, long id) {
        this.elementType = type;
        this.elementId = id;
        return this;
    }

    /** Attach the task to a contact. */
    public Task attachToContact(long contactId) {
        return attachTo(ElementType.CONTACT, contactId);
    }

    /** Attach the task to a lead. */
    public Task attachToLead(long leadId) {
        return attachTo(ElementType.LEAD, leadId);
    }

    /** Attach the task to a company. */
    public Task attachToCompany(long companyId) {
        return attachTo(ElementType.COMPANY, companyId);
    }

    /** Attach the task to a customer. */
    public Task attachToCustomer(long customerId) {
        return attachTo(ElementType.CUSTOMER, customerId);
    }

    /** Return the deadline; 23:59 means the whole day. */
    public Instant getCompleteTillAt() {
        return this.completeTillAt;
    }

    public void setCompleteTillAt(Instant completeTillAt) {
        this.completeTillAt = completeTillAt;
    }

    public TaskType getTaskType() {
        return this.taskType;
    }

    public void setTaskType(TaskType taskType) {
        this.taskType = taskType;
    }

    public String getText() {
        return this.text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getCompleted() {
        return this.completed;
    }

    public void setCompleted(Boolean completed) {
        this.completed = completed;
    }

    /** Return the text of the task's result, or {@code null} when it has none. */
    public String getResultText() {
        return (this.result != null && this.result.isObject()) ? JsonNodes.text(this.result.get("text")) : null;
    }

    /** Set the text of the task's result; it is sent on the next save. */
    public void setResultText(String resultText) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.put("text", resultText);
        this.result = node;
        this.resultChanged = true;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "element_id", this.elementId);
        putIfNotNull(item, "element_type", (this.elementType != null) ? this.elementType.code() : null);
        putIfNotNull(item, "complete_till_at", this.completeTillAt);
        putIfNotNull(item, "task_type", (this.taskType != null) ? this.taskType.code() : null);
        putIfNotNull(item, "text", this.text);
        putIfNotNull(item, "is_completed", this.completed);
        if (this.resultChanged) {
            item.set("result", this.result);
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.resultChanged = false;
    }
}
