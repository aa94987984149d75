package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.node.ObjectNode;

/** A catalog, also called a list ({@code /api/v2/catalogs}), whose elements can be linked to leads. */
public class Catalog extends AmoEntity {

    @JsonProperty("name")
    private String name;

    @JsonProperty("type")
    private String type;

    @JsonProperty("can_add_elements")
    private Boolean canAddElements;

    @JsonProperty("can_show_in_cards")
    private Boolean canShowInCards;

    @JsonProperty("can_link_multiple")
    private Boolean canLinkMultiple;

    @JsonProperty("sort")
    private Integer sort;

    public Catalog() {}

    public Catalog(String name) {
        this.name = name;
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.CATALOG;
    }

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

    /** Return the catalog's type: {@code regular} or {@code invoices}. */
    public String getType() {
        return this.type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Boolean getCanAddElements() {
        return this.canAddElements;
    }

    public void setCanAddElements(Boolean canAddElements) {
        this.canAddElements = canAddElements;
    }

    public Boolean getCanShowInCards() {
        return this.canShowInCards;
    }

    public void setCanShowInCards(Boolean canShowInCards) {
        this.canShowInCards = canShowInCards;
    }

    public Boolean getCanLinkMultiple() {
        return this.canLinkMultiple;
    }

    public void setCanLinkMultiple(Boolean canLinkMultiple) {
        this.canLinkMultiple = canLinkMultiple;
    }

    public Integer getSort() {
        return this.sort;
    }

    public void setSort(Integer sort) {
        this.sort = sort;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "type", this.type);
        putIfNotNull(item, "can_add_elements", this.canAddElements);
        putIfNotNull(item, "can_show_in_cards", this.canShowInCards);
        putIfNotNull(item, "can_link_multiple", this.canLinkMultiple);
        putIfNotNull(item, "sort", this.sort);
    }
}
