package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One value of a custom field, in any of the forms amoCRM reads and writes.
 *
 * <p>Most values are objects: {@code {"value": ...}}, with an {@code enum} for phones and e-mails ({@code WORK},
 * {@code MOB} or an enum id) or a {@code subtype} for the parts of an address. A multiselect field takes bare enum
 * ids instead ({@code "values": [3692662, 3692663]}). A value read from amoCRM keeps every key it came with.
 */
public final class CustomFieldValue {

    private static final String VALUE = "value";

    private static final String ENUM = "enum";

    private static final String SUBTYPE = "subtype";

    private final JsonNode node;

    private CustomFieldValue(JsonNode node) {
        this.node = node;
    }

    /** Return a value as {@code {"value": value}}; a string, number, boolean, map or JSON node. */
    public static CustomFieldValue of(Object value) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.set(VALUE, JsonNodes.toNode(value));
        return new CustomFieldValue(node);
    }

    /** Return a value with an enum, given as a code such as {@code WORK} or {@code MOB}. */
    public static CustomFieldValue withEnum(Object value, String enumCode) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.set(VALUE, JsonNodes.toNode(value));
        node.put(ENUM, enumCode);
        return new CustomFieldValue(node);
    }

    /** Return a value with an enum given by its id. */
    public static CustomFieldValue withEnum(Object value, long enumId) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.set(VALUE, JsonNodes.toNode(value));
        node.put(ENUM, enumId);
        return new CustomFieldValue(node);
    }

    /** Return one part of an address, such as {@code address_line_1}, {@code city}, {@code zip} or {@code country}. */
    public static CustomFieldValue withSubtype(String subtype, Object value) {
        ObjectNode node = JsonNodes.FACTORY.objectNode();
        node.set(VALUE, JsonNodes.toNode(value));
        node.put(SUBTYPE, subtype);
        return new CustomFieldValue(node);
    }

    /** Return the choice of a select field: {@code {"value": enumId}}. */
    public static CustomFieldValue selected(long enumId) {
        return of(enumId);
    }

    /** Return a bare enum id, the form a multiselect field takes. */
    public static CustomFieldValue enumId(long enumId) {
        return new CustomFieldValue(JsonNodes.FACTORY.numberNode(enumId));
    }

    /** Return a value from its JSON form, as amoCRM sent it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CustomFieldValue fromJson(JsonNode node) {
        return new CustomFieldValue(
                Objects.requireNonNull(node, "node must not be null").deepCopy());
    }

    /** Return the JSON form of this value. */
    @JsonValue
    public JsonNode toJson() {
        return this.node.deepCopy();
    }

    /**
     * Return the value as text: the {@code value} of an object, or the bare scalar itself; {@code null} when the
     * value is absent or structured (see {@link #getValueNode()}).
     */
    public String getValue() {
        return JsonNodes.text(getValueNode());
    }

    /** Return the value as JSON, for structured values such as a legal entity. */
    public JsonNode getValueNode() {
        return this.node.isObject() ? this.node.get(VALUE) : this.node;
    }

    /**
     * Return the enum: the {@code enum} key of an object value (an enum id as text when read, or a code such as
     * {@code WORK}), or the bare enum id of a multiselect value.
     */
    public String getEnum() {
        return this.node.isObject() ? JsonNodes.text(this.node.get(ENUM)) : JsonNodes.text(this.node);
    }

    /** Return the {@code subtype} of an address part, or {@code null}. */
    public String getSubtype() {
        return this.node.isObject() ? JsonNodes.text(this.node.get(SUBTYPE)) : null;
    }

    /** Return whether this is a bare enum id rather than an object. */
    public boolean isBare() {
        return !this.node.isObject();
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof CustomFieldValue that) && this.node.equals(that.node);
    }

    @Override
    public int hashCode() {
        return this.node.hashCode();
    }

    @Override
    public String toString() {
        return this.node.toString();
    }
}
