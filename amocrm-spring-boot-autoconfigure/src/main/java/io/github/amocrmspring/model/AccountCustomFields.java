package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The custom field definitions of an account by entity ({@code contacts}, {@code leads}, {@code companies},
 * {@code customers}, and catalogs by id). amoCRM sends each list as an array or as an object keyed by field id;
 * both are read.
 */
public final class AccountCustomFields {

    private final Map<String, List<CustomFieldDefinition>> byEntity;

    private AccountCustomFields(Map<String, List<CustomFieldDefinition>> byEntity) {
        this.byEntity = byEntity;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static AccountCustomFields fromJson(JsonNode node) {
        Map<String, List<CustomFieldDefinition>> byEntity = new LinkedHashMap<>();
        if (node.isObject()) {
            node.forEachEntry((key, fields) -> {
                List<CustomFieldDefinition> definitions = new ArrayList<>();
                if (fields.isArray() || fields.isObject()) {
                    for (JsonNode field : fields.isArray() ? fields : fields.values()) {
                        definitions.add(JsonMapper.shared().treeToValue(field, CustomFieldDefinition.class));
                    }
                }
                byEntity.put(key, definitions);
            });
        }
        return new AccountCustomFields(byEntity);
    }

    @JsonValue
    Map<String, List<CustomFieldDefinition>> toJson() {
        return this.byEntity;
    }

    /** Return the definitions for contacts. */
    public List<CustomFieldDefinition> getContactFields() {
        return get("contacts");
    }

    /** Return the definitions for leads. */
    public List<CustomFieldDefinition> getLeadFields() {
        return get("leads");
    }

    /** Return the definitions for companies. */
    public List<CustomFieldDefinition> getCompanyFields() {
        return get("companies");
    }

    /** Return the definitions for customers. */
    public List<CustomFieldDefinition> getCustomerFields() {
        return get("customers");
    }

    /** Return the definitions for the elements of a catalog. */
    public List<CustomFieldDefinition> getCatalogFields(long catalogId) {
        return get(String.valueOf(catalogId));
    }

    /** Return the definitions under the given key, as amoCRM names it. */
    public List<CustomFieldDefinition> get(String key) {
        return Collections.unmodifiableList(this.byEntity.getOrDefault(key, List.of()));
    }
}
