package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entity with a name and custom fields: leads, contacts, companies and catalog elements.
 *
 * <p>Custom fields are set in every form amoCRM accepts (see {@link CustomFieldValue}) and read by field id. On an
 * update only the fields set through this object are sent, so fields changed by someone else meanwhile are left
 * alone; a new entity sends all of its fields.
 *
 * @param <T> the concrete entity type, returned by the fluent methods
 */
public abstract class CustomFieldsEntity<T extends CustomFieldsEntity<T>> extends AmoEntity {

    @JsonProperty("name")
    private String name;

    @JsonProperty("custom_fields")
    @JsonDeserialize(using = FlexibleListDeserializer.class)
    private List<CustomField> customFields;

    private final Set<Long> changedCustomFields = new LinkedHashSet<>();

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    protected String requestName() {
        return this.name;
    }

    /** Return the custom fields with their values, unmodifiable. */
    public List<CustomField> getCustomFields() {
        return (this.customFields != null) ? Collections.unmodifiableList(this.customFields) : List.of();
    }

    /** Return the custom fields with the given ids, in the order this entity holds them. */
    public List<CustomField> getCustomFields(long... fieldIds) {
        Set<Long> wanted = new LinkedHashSet<>();
        Arrays.stream(fieldIds).forEach(wanted::add);
        return getCustomFields().stream()
                .filter(field -> wanted.contains(field.getId()))
                .toList();
    }

    /** Return the custom field with the given id. */
    public Optional<CustomField> getCustomField(long fieldId) {
        return getCustomFields().stream()
                .filter(field -> Objects.equals(field.getId(), fieldId))
                .findFirst();
    }

    /** Return the first system field with the given code, such as {@code PHONE} or {@code EMAIL}. */
    public Optional<CustomField> getCustomFieldByCode(String code) {
        return getCustomFields().stream()
                .filter(field -> code.equals(field.getCode()))
                .findFirst();
    }

    /** Return the first value of a custom field as text. */
    public Optional<String> getCustomFieldValue(long fieldId) {
        return getCustomFieldValues(fieldId).stream().filter(Objects::nonNull).findFirst();
    }

    /** Return every value of a custom field as text; bare multiselect enum ids are returned as they are. */
    public List<String> getCustomFieldValues(long fieldId) {
        return collect(fieldId, CustomFieldValue::getValue);
    }

    /** Return the first enum of a custom field (an enum id as text, or a code such as {@code WORK}). */
    public Optional<String> getCustomFieldEnum(long fieldId) {
        return getCustomFieldEnums(fieldId).stream().findFirst();
    }

    /** Return every enum of a custom field. */
    public List<String> getCustomFieldEnums(long fieldId) {
        return collect(fieldId, CustomFieldValue::getEnum);
    }

    /** Return the first subtype of an address field. */
    public Optional<String> getCustomFieldSubtype(long fieldId) {
        return getCustomFieldSubtypes(fieldId).stream().findFirst();
    }

    /** Return every subtype of an address field. */
    public List<String> getCustomFieldSubtypes(long fieldId) {
        return collect(fieldId, CustomFieldValue::getSubtype);
    }

    private List<String> collect(long fieldId, Function<CustomFieldValue, String> part) {
        return getCustomField(fieldId)
                .map(field -> field.getValues().stream()
                        .map(part)
                        .filter(Objects::nonNull)
                        .toList())
                .orElse(List.of());
    }

    /**
     * Set a custom field to one plain value, sent as {@code {"value": value}}. A {@link CustomFieldValue} is sent
     * as it is.
     */
    public T setCustomField(long fieldId, Object value) {
        CustomFieldValue fieldValue = (value instanceof CustomFieldValue given) ? given : CustomFieldValue.of(value);
        return setCustomFieldValues(fieldId, List.of(fieldValue));
    }

    /** Set a custom field to the given values, replacing the ones it had. */
    public T setCustomFieldValues(long fieldId, CustomFieldValue... values) {
        return setCustomFieldValues(fieldId, Arrays.asList(values));
    }

    /** Set a custom field to the given values, replacing the ones it had. */
    public T setCustomFieldValues(long fieldId, Collection<CustomFieldValue> values) {
        Objects.requireNonNull(values, "values must not be null");
        List<CustomFieldValue> copy = List.copyOf(values);
        Optional<CustomField> existing = getCustomField(fieldId);
        if (existing.isPresent()) {
            existing.get().setValues(copy);
        } else {
            if (this.customFields == null) {
                this.customFields = new ArrayList<>();
            }
            this.customFields.add(new CustomField(fieldId, copy));
        }
        this.changedCustomFields.add(fieldId);
        return self();
    }

    /** Set a select field to the enum with the given id ({@code {"value": enumId}}). */
    public T setCustomFieldEnum(long fieldId, long enumId) {
        return setCustomFieldValues(fieldId, CustomFieldValue.selected(enumId));
    }

    /** Set a multiselect field to the enums with the given ids, sent as bare ids. */
    public T setCustomFieldEnums(long fieldId, long... enumIds) {
        return setCustomFieldValues(
                fieldId,
                Arrays.stream(enumIds).mapToObj(CustomFieldValue::enumId).toList());
    }

    /** Clear a custom field: it is sent with no values, which amoCRM takes as emptying it. */
    public T clearCustomField(long fieldId) {
        return setCustomFieldValues(fieldId, List.of());
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        List<CustomField> toSend = isNew()
                ? getCustomFields()
                : getCustomFields().stream()
                        .filter(field -> this.changedCustomFields.contains(field.getId()))
                        .toList();
        if (!toSend.isEmpty()) {
            ArrayNode array = item.putArray("custom_fields");
            toSend.forEach(field -> array.add(field.toRequestItem()));
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.changedCustomFields.clear();
    }

    @SuppressWarnings("unchecked")
    protected final T self() {
        return (T) this;
    }
}
