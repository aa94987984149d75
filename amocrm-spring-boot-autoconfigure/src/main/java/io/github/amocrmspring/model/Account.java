package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The account ({@code /api/v2/account}) and, when asked with {@code with=}, its users, custom field definitions,
 * pipelines, groups, note types and task types. Lists amoCRM sends keyed by id are read as lists.
 */
public class Account extends AmoObject {

    @JsonProperty("id")
    private Long id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("subdomain")
    private String subdomain;

    @JsonProperty("currency")
    private String currency;

    @JsonProperty("timezone")
    private String timezone;

    @JsonProperty("timezone_offset")
    private String timezoneOffset;

    @JsonProperty("language")
    private String language;

    @JsonProperty("date_pattern")
    private JsonNode datePattern;

    @JsonProperty("current_user")
    private Long currentUser;

    @JsonProperty("_embedded")
    private Embedded embedded;

    public Long getId() {
        return this.id;
    }

    public String getName() {
        return this.name;
    }

    public String getSubdomain() {
        return this.subdomain;
    }

    public String getCurrency() {
        return this.currency;
    }

    public String getTimezone() {
        return this.timezone;
    }

    public String getTimezoneOffset() {
        return this.timezoneOffset;
    }

    public String getLanguage() {
        return this.language;
    }

    /** Return the account's date and time patterns ({@code date}, {@code time}, ...), or {@code null}. */
    public JsonNode getDatePattern() {
        return this.datePattern;
    }

    /** Return the id of the user the client acts as. */
    public Long getCurrentUser() {
        return this.currentUser;
    }

    /** Return the users (asked with {@code users}). */
    public List<AccountUser> getUsers() {
        return (this.embedded != null) ? this.embedded.users() : List.of();
    }

    /** Return the user with the given id. */
    public Optional<AccountUser> getUser(long userId) {
        return getUsers().stream()
                .filter(user -> user.getId() != null && user.getId() == userId)
                .findFirst();
    }

    /** Return the custom field definitions (asked with {@code custom_fields}). */
    public AccountCustomFields getCustomFields() {
        return (this.embedded != null && this.embedded.customFields != null)
                ? this.embedded.customFields
                : AccountCustomFields.fromJson(JsonNodes.FACTORY.objectNode());
    }

    /** Return the pipelines (asked with {@code pipelines}). */
    public List<Pipeline> getPipelines() {
        return (this.embedded != null) ? this.embedded.pipelines() : List.of();
    }

    /** Return the groups of users (asked with {@code groups}). */
    public List<UserGroup> getGroups() {
        return (this.embedded != null) ? this.embedded.groups() : List.of();
    }

    /** Return the note types (asked with {@code note_types}). */
    public List<NoteTypeDefinition> getNoteTypes() {
        return (this.embedded != null) ? this.embedded.noteTypes() : List.of();
    }

    /** Return the task types (asked with {@code task_types}). */
    public List<TaskTypeDefinition> getTaskTypes() {
        return (this.embedded != null) ? this.embedded.taskTypes() : List.of();
    }

    @Override
    public String toString() {
        return "Account " + this.id + " " + this.subdomain;
    }

    static final class Embedded extends AmoObject {

        @JsonProperty("users")
        @JsonDeserialize(using = FlexibleListDeserializer.class)
        private List<AccountUser> users;

        @JsonProperty("custom_fields")
        private AccountCustomFields customFields;

        @JsonProperty("pipelines")
        @JsonDeserialize(using = FlexibleListDeserializer.class)
        private List<Pipeline> pipelines;

        @JsonProperty("groups")
        @JsonDeserialize(using = FlexibleListDeserializer.class)
        private List<UserGroup> groups;

        @JsonProperty("note_types")
        @JsonDeserialize(using = FlexibleListDeserializer.class)
        private List<NoteTypeDefinition> noteTypes;

        @JsonProperty("task_types")
        @JsonDeserialize(using = FlexibleListDeserializer.class)
        private List<TaskTypeDefinition> taskTypes;

        List<AccountUser> users() {
            return (this.users != null) ? Collections.unmodifiableList(this.users) : List.of();
        }

        List<Pipeline> pipelines() {
            return (this.pipelines != null) ? Collections.unmodifiableList(this.pipelines) : List.of();
        }

        List<UserGroup> groups() {
            return (this.groups != null) ? Collections.unmodifiableList(this.groups) : List.of();
        }

        List<NoteTypeDefinition> noteTypes() {
            return (this.noteTypes != null) ? Collections.unmodifiableList(this.noteTypes) : List.of();
        }

        List<TaskTypeDefinition> taskTypes() {
            return (this.taskTypes != null) ? Collections.unmodifiableList(this.taskTypes) : List.of();
        }
    }
}
