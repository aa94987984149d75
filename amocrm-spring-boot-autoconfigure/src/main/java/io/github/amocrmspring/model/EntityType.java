package io.github.amocrmspring.model;

/** The kinds of entity the client reads and saves, each with its API path. */
public enum EntityType {

    /** Leads, {@code /api/v2/leads}. */
    LEAD("/api/v2/leads"),

    /** Contacts, {@code /api/v2/contacts}. */
    CONTACT("/api/v2/contacts"),

    /** Companies, {@code /api/v2/companies}. */
    COMPANY("/api/v2/companies"),

    /** Tasks, {@code /api/v2/tasks}. */
    TASK("/api/v2/tasks"),

    /** Notes, {@code /api/v2/notes}. */
    NOTE("/api/v2/notes"),

    /** Catalogs (lists), {@code /api/v2/catalogs}. */
    CATALOG("/api/v2/catalogs"),

    /** Elements of catalogs, {@code /api/v2/catalog_elements}. */
    CATALOG_ELEMENT("/api/v2/catalog_elements");

    private final String path;

    EntityType(String path) {
        this.path = path;
    }

    /** Return the path of the entity's endpoint. */
    public String path() {
        return this.path;
    }
}
