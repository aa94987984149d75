package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/** A user of the account, with the rights amoCRM lists ({@code A} allowed, {@code D} denied, ...). */
public class AccountUser extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("last_name")
    private String lastName;

    @JsonProperty("login")
    private String login;

    @JsonProperty("language")
    private String language;

    @JsonProperty("group_id")
    private Long groupId;

    @JsonProperty("is_active")
    private Boolean active;

    @JsonProperty("is_free")
    private Boolean free;

    @JsonProperty("is_admin")
    private Boolean admin;

    @JsonProperty("rights")
    private JsonNode rights;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getLastName() {
        return this.lastName;
    }

    public String getLogin() {
        return this.login;
    }

    public String getLanguage() {
        return this.language;
    }

    public Long getGroupId() {
        return this.groupId;
    }

    public Boolean getActive() {
        return this.active;
    }

    public Boolean getFree() {
        return this.free;
    }

    public Boolean getAdmin() {
        return this.admin;
    }

    /** Return the user's rights by name, such as {@code lead_edit}, or {@code null}. */
    public JsonNode getRights() {
        return this.rights;
    }

    @Override
    public String toString() {
        return "AccountUser " + this.id + " " + this.name;
    }
}
