package io.github.amocrmspring.client;

/** The optional parts of the account information, requested with {@code with=}. */
public enum AccountPart {

    /** Custom fields of every entity. */
    CUSTOM_FIELDS("custom_fields"),

    /** Users of the account. */
    USERS("users"),

    /** Sales pipelines with their stages. */
    PIPELINES("pipelines"),

    /** User groups. */
    GROUPS("groups"),

    /** Note types. */
    NOTE_TYPES("note_types"),

    /** Task types. */
    TASK_TYPES("task_types");

    private final String parameter;

    AccountPart(String parameter) {
        this.parameter = parameter;
    }

    /** Return the value amoCRM expects in {@code with=}. */
    public String parameter() {
        return this.parameter;
    }
}
