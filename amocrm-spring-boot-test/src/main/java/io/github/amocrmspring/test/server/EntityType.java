package io.github.amocrmspring.test.server;

/** The kinds of entity the fake amoCRM server stores, with their REST path and amoCRM's numeric element type. */
public enum EntityType {

    /** A contact: {@code /api/v2/contacts}, element type 1. */
    CONTACT("contacts", "contact", 1),

    /** A lead (deal): {@code /api/v2/leads}, element type 2. */
    LEAD("leads", "lead", 2),

    /** A company: {@code /api/v2/companies}, element type 3. */
    COMPANY("companies", "company", 3),

    /** A task: {@code /api/v2/tasks}, element type 4 when a note is attached to it. */
    TASK("tasks", "task", 4),

    /** A note (event) on a contact, lead, company or task: {@code /api/v2/notes}. */
    NOTE("notes", "note", 0),

    /** An element of a catalog (list): {@code /api/v2/catalog_elements}. */
    CATALOG_ELEMENT("catalog_elements", "catalog_element", 0),

    /** A customer (periodic purchases): {@code /api/v2/customers}, element type 12. */
    CUSTOMER("customers", "customer", 12);

    private final String plural;

    private final String singular;

    private final int elementType;

    EntityType(String plural, String singular, int elementType) {
        this.plural = plural;
        this.singular = singular;
        this.elementType = elementType;
    }

    /** Returns the plural name used in paths and in the account's custom fields, such as {@code leads}. */
    public String plural() {
        return this.plural;
    }

    /** Returns the singular name used by the notes and tasks {@code type} parameter, such as {@code lead}. */
    public String singular() {
        return this.singular;
    }

    /** Returns amoCRM's numeric element type (1 contact, 2 lead, 3 company, 4 task, 12 customer), or 0. */
    public int elementType() {
        return this.elementType;
    }

    /** Returns the REST path of the entity, such as {@code /api/v2/leads}. */
    public String path() {
        return "/api/v2/" + this.plural;
    }

    static EntityType ofElementType(long elementType) {
        for (EntityType type : values()) {
            if (type.elementType != 0 && type.elementType == elementType) {
                return type;
            }
        }
        return null;
    }

    static EntityType ofName(String name) {
        for (EntityType type : values()) {
            if (type.singular.equals(name) || type.plural.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
