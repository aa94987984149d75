package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;

/** An element of a catalog ({@code /api/v2/catalog_elements}), such as a product, with custom fields. */
public class CatalogElement extends CustomFieldsEntity<CatalogElement> {

    @JsonProperty("catalog_id")
    private Long catalogId;

    @JsonProperty("is_deleted")
    private Boolean deleted;

    public CatalogElement() {}

    public CatalogElement(long catalogId, String name) {
        this.catalogId = catalogId;
        setName(name);
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.CATALOG_ELEMENT;
    }

    public Long getCatalogId() {
        return this.catalogId;
    }

    public void setCatalogId(Long catalogId) {
        this.catalogId = catalogId;
    }

    public Boolean getDeleted() {
        return this.deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "catalog_id", this.catalogId);
        putIfNotNull(item, "is_deleted", this.deleted);
    }
}
