package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The definition of a custom field in the account: its type and, for lists, its enums by id. */
public class CustomFieldDefinition extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("code")
    private String code;

    @JsonProperty("field_type")
    @JsonAlias("type")
    private CustomFieldType fieldType;

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("is_multiple")
    private Boolean multiple;

    @JsonProperty("is_system")
    private Boolean system;

    @JsonProperty("is_editable")
    private Boolean editable;

    @JsonProperty("is_required")
    private Boolean required;

    @JsonProperty("enums")
    @JsonDeserialize(using = EnumsDeserializer.class)
    private Map<Long, String> enums;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    /** Return the code of a system field, such as {@code PHONE}, or {@code null}. */
    public String getCode() {
        return this.code;
    }

    public CustomFieldType getFieldType() {
        return this.fieldType;
    }

    public Integer getSort() {
        return this.sort;
    }

    public Boolean getMultiple() {
        return this.multiple;
    }

    public Boolean getSystem() {
        return this.system;
    }

    public Boolean getEditable() {
        return this.editable;
    }

    public Boolean getRequired() {
        return this.required;
    }

    /** Return the enums by id, in the order amoCRM gave them, unmodifiable. */
    public Map<Long, String> getEnums() {
        return (this.enums != null) ? Collections.unmodifiableMap(this.enums) : Map.of();
    }

    /** Return the id of the enum with the given value, such as {@code WORK}. */
    public Optional<Long> getEnumId(String value) {
        return getEnums().entrySet().stream()
                .filter(entry -> Objects.equals(entry.getValue(), value))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public String toString() {
        return "CustomFieldDefinition " + this.id + " " + this.name;
    }
}
