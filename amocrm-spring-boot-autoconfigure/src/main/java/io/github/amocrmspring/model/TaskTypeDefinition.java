package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A task type as the account lists it: the built-in ones and those the account defined. */
public class TaskTypeDefinition extends AmoObject {

    @JsonProperty("id")
    private Integer id;

    @JsonProperty("name")
    private String name;

    public Integer getId() {
        return this.id;
    }

    /** Return the task type this definition describes. */
    public TaskType getTaskType() {
        return (this.id != null) ? TaskType.of(this.id) : null;
    }

    public String getName() {
        return this.name;
    }
}
