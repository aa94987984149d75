package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** A note type as the account lists it: its id, code such as {@code COMMON}, and whether it can be edited. */
public class NoteTypeDefinition extends AmoObject {

    @JsonProperty("id")
    private Integer id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("code")
    private String code;

    @JsonProperty("editable")
    private JsonNode editable;

    public Integer getId() {
        return this.id;
    }

    /** Return the note type this definition describes. */
    public NoteType getNoteType() {
        return (this.id != null) ? NoteType.of(this.id) : null;
    }

    public String getName() {
        return this.name;
    }

    public String getCode() {
        return this.code;
    }

    /** Return whether notes of this type can be edited ({@code editable} as {@code Y}/{@code N} or a boolean). */
    public boolean isEditable() {
        if (this.editable == null || this.editable.isNull()) {
            return false;
        }
        return this.editable.isBoolean()
                ? this.editable.booleanValue()
                : "Y".equalsIgnoreCase(this.editable.asString());
    }
}
