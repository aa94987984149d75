package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A custom field of an entity with its values, as amoCRM returns it ({@code id}, {@code name}, {@code code},
 * {@code is_system}, {@code values}) and with any other key kept.
 */
public class CustomField extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("code")
    private String code;

    @JsonProperty("is_system")
    private Boolean system;

    @JsonProperty("values")
    private List<CustomFieldValue> values;

    public CustomField() {}

    public CustomField(long id, List<CustomFieldValue> values) {
        this.id = id;
        this.values = new ArrayList<>(values);
    }

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    /** Return the code of a system field, such as {@code PHONE} or {@code EMAIL}, or {@code null}. */
    public String getCode() {
        return this.code;
    }

    public Boolean getSystem() {
        return this.system;
    }

    /** Return the values, unmodifiable. */
    public List<CustomFieldValue> getValues() {
        return (this.values != null) ? Collections.unmodifiableList(this.values) : List.of();
    }

    void setValues(List<CustomFieldValue> values) {
        this.values = new ArrayList<>(values);
    }

    /** Return the first value as text, or {@code null} when the field has none. */
    public String getFirstValue() {
        return getValues().isEmpty() ? null : getValues().get(0).getValue();
    }

    /** Return the form amoCRM takes on add and update: {@code {"id": ..., "values": [...]}}. */
    public ObjectNode toRequestItem() {
        ObjectNode item = JsonNodes.FACTORY.objectNode();
        item.put("id", this.id);
        ArrayNode array = item.putArray("values");
        getValues().forEach(value -> array.add(value.toJson()));
        return item;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof CustomField that)
                && Objects.equals(this.id, that.id)
                && Objects.equals(this.values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id, this.values);
    }

    @Override
    public String toString() {
        return "CustomField " + this.id + " " + this.values;
    }
}
