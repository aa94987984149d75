package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A group of users of the account. */
public class UserGroup extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    @Override
    public String toString() {
        return "UserGroup " + this.id + " " + this.name;
    }
}
