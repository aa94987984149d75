package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** A status (stage) of a pipeline. 142 (won) and 143 (lost) exist in every pipeline. */
public class PipelineStatus extends AmoObject {

    /** The status of a won lead, shared by every pipeline. */
    public static final long WON = 142;

    /** The status of a lost lead, shared by every pipeline. */
    public static final long LOST = 143;

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("color")
    private String color;

    @JsonProperty("sort")
    private Integer sort;

    @JsonProperty("is_editable")
    private JsonNode editable;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getColor() {
        return this.color;
    }

    public Integer getSort() {
        return this.sort;
    }

    /** Return whether the status can be edited ({@code is_editable}, or {@code editable} as {@code Y}/{@code N}). */
    public boolean isEditable() {
        JsonNode flag = (this.editable != null) ? this.editable : getOtherField("editable");
        if (flag == null || flag.isNull()) {
            return false;
        }
        return flag.isBoolean() ? flag.booleanValue() : "Y".equalsIgnoreCase(flag.asString());
    }

    @Override
    public String toString() {
        return "PipelineStatus " + this.id + " " + this.name;
    }
}
