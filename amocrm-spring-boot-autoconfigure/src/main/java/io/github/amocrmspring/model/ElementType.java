package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;

/**
 * The kind of entity a task or a note is attached to, as amoCRM numbers it ({@code element_type}).
 *
 * <p>The five documented kinds are constants; any other code read from amoCRM is kept as is.
 */
public final class ElementType {

    /** A contact (1). */
    public static final ElementType CONTACT = new ElementType(1, "contact");

    /** A lead (2). */
    public static final ElementType LEAD = new ElementType(2, "lead");

    /** A company (3). */
    public static final ElementType COMPANY = new ElementType(3, "company");

    /** A task (4); only task-result notes are attached to tasks. */
    public static final ElementType TASK = new ElementType(4, "task");

    /** A customer (12). */
    public static final ElementType CUSTOMER = new ElementType(12, "customer");

    private static final Map<Integer, ElementType> KNOWN = Map.of(
            CONTACT.code, CONTACT, LEAD.code, LEAD, COMPANY.code, COMPANY, TASK.code, TASK, CUSTOMER.code, CUSTOMER);

    private final int code;

    private final String queryName;

    private ElementType(int code, String queryName) {
        this.code = code;
        this.queryName = queryName;
    }

    /** Return the element type with the given amoCRM code, a constant when the code is a documented one. */
    @JsonCreator
    public static ElementType of(int code) {
        ElementType known = KNOWN.get(code);
        return (known != null) ? known : new ElementType(code, null);
    }

    /** Return the numeric code amoCRM uses. */
    @JsonValue
    public int code() {
        return this.code;
    }

    /** Return the name the list endpoints take in their {@code type} parameter, or {@code null} if unknown. */
    public String queryName() {
        return this.queryName;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof ElementType that) && this.code == that.code;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(this.code);
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(this.queryName, "element type") + " (" + this.code + ")";
    }
}
