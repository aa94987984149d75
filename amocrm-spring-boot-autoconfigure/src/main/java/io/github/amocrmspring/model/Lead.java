package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;

/**
 * A lead ({@code /api/v2/leads}): a deal in a pipeline, with its status, sale, contacts, company and catalog
 * elements.
 */
public class Lead extends TaggedEntity<Lead> {

    @JsonProperty("is_deleted")
    private Boolean deleted;

    @JsonProperty("status_id")
    private Long statusId;

    @JsonProperty("sale")
    private Long sale;

    @JsonProperty("closed_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant closedAt;

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("pipeline")
    private LinkedEntity pipeline;

    @JsonProperty("main_contact")
    private LinkedEntity mainContact;

    @JsonProperty("company")
    private LinkedEntity company;

    @JsonProperty("contacts")
    private LinkedEntities contacts;

    private final LinkChanges contactChanges = new LinkChanges();

    private final SingleLinkChange companyChange = new SingleLinkChange();

    private final Map<Long, Map<Long, Integer>> catalogElementsToLink = new LinkedHashMap<>();

    public Lead() {}

    public Lead(String name) {
        setName(name);
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.LEAD;
    }

    public Boolean getDeleted() {
        return this.deleted;
    }

    public void setDeleted(Boolean deleted) {
        this.deleted = deleted;
    }

    public Long getStatusId() {
        return this.statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    /** Return the sale (budget) of the lead. */
    public Long getSale() {
        return this.sale;
    }

    public void setSale(Long sale) {
        this.sale = sale;
    }

    /** Return when the lead was closed; amoCRM reports an open lead as the epoch. */
    public Instant getClosedAt() {
        return this.closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public Instant getClosestTaskAt() {
        return this.closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Return the id of the lead's pipeline. */
    @JsonIgnore
    public Long getPipelineId() {
        if (this.pipeline != null && this.pipeline.getId() != null) {
            return this.pipeline.getId();
        }
        return JsonNodes.longValue(getOtherField("pipeline_id"));
    }

    /** Put the lead in a pipeline; needed with the shared statuses 142 (won) and 143 (lost). */
    public void setPipelineId(Long pipelineId) {
        this.pipeline = (pipelineId != null) ? LinkedEntity.of(pipelineId) : null;
    }

    /** Return the id of the main contact, or {@code null}. */
    @JsonIgnore
    public Long getMainContactId() {
        return (this.mainContact != null) ? this.mainContact.getId() : null;
    }

    /** Return the id of the linked company, or {@code null}. */
    @JsonIgnore
    public Long getCompanyId() {
        return (this.company != null) ? this.company.getId() : null;
    }

    /** Return the ids of the linked contacts, with the changes made through this object. */
    @JsonIgnore
    public List<Long> getContactIds() {
        return (this.contacts != null) ? this.contacts.getIds() : List.of();
    }

    /** Link contacts (amoCRM allows at most 40 per lead). */
    public Lead linkContacts(long... contactIds) {
        List<Long> ids = Arrays.stream(contactIds).boxed().toList();
        if (this.contacts == null) {
            this.contacts = LinkedEntities.empty();
        }
        this.contacts.add(ids);
        this.contactChanges.link(ids);
        return this;
    }

    /** Unlink contacts; on an update they are sent under {@code unlink}. */
    public Lead unlinkContacts(long... contactIds) {
        List<Long> ids = Arrays.stream(contactIds).boxed().toList();
        if (this.contacts != null) {
            this.contacts.remove(ids);
        }
        this.contactChanges.unlink(ids);
        return this;
    }

    /** Link a company, replacing the one linked before. */
    public Lead linkCompany(long companyId) {
        this.company = LinkedEntity.of(companyId);
        this.companyChange.link(companyId);
        return this;
    }

    /** Unlink a company; on an update it is sent under {@code unlink}. */
    public Lead unlinkCompany(long companyId) {
        if (Objects.equals(getCompanyId(), companyId)) {
            this.company = null;
        }
        this.companyChange.unlink(companyId);
        return this;
    }

    /** Link an element of a catalog with a quantity ({@code catalog_elements_id}). */
    public Lead linkCatalogElement(long catalogId, long elementId, int quantity) {
        this.catalogElementsToLink
                .computeIfAbsent(catalogId, key -> new LinkedHashMap<>())
                .put(elementId, quantity);
        return this;
    }

    /** Set the catalog elements to link: catalog id to element id to quantity. */
    public Lead setCatalogElements(Map<Long, Map<Long, Integer>> elementsByCatalog) {
        this.catalogElementsToLink.clear();
        elementsByCatalog.forEach((catalogId, elements) ->
                elements.forEach((elementId, quantity) -> linkCatalogElement(catalogId, elementId, quantity)));
        return this;
    }

    /** Return the catalog elements to be linked on the next save. */
    @JsonIgnore
    public List<CatalogElementLink> getCatalogElementsToLink() {
        List<CatalogElementLink> links = new ArrayList<>();
        this.catalogElementsToLink.forEach((catalogId, elements) -> elements.forEach(
                (elementId, quantity) -> links.add(new CatalogElementLink(catalogId, elementId, quantity))));
        return links;
    }

    /** Return the linked catalog elements amoCRM returned when asked {@code with=catalog_elements_links}. */
    @JsonIgnore
    public List<CatalogElementLink> getCatalogElementLinks() {
        JsonNode embedded = getOtherField("_embedded");
        JsonNode links = (embedded != null) ? embedded.get("catalog_elements_links") : null;
        List<CatalogElementLink> result = new ArrayList<>();
        if (links != null && links.isArray()) {
            for (JsonNode link : links) {
                Long catalogId = JsonNodes.longValue(link.get("catalog_id"));
                Long elementId = JsonNodes.longValue(link.get("id"));
                Long quantity = JsonNodes.longValue(link.get("quantity"));
                if (catalogId != null && elementId != null) {
                    result.add(
                            new CatalogElementLink(catalogId, elementId, (quantity != null) ? quantity.intValue() : 0));
                }
            }
        }
        return result;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "is_deleted", this.deleted);
        putIfNotNull(item, "status_id", this.statusId);
        putIfNotNull(item, "sale", this.sale);
        putIfNotNull(item, "pipeline_id", getPipelineId());
        ObjectNode unlink = JsonNodes.FACTORY.objectNode();
        this.contactChanges.write(item, unlink, "contacts_id", getContactIds(), isNew());
        this.companyChange.write(item, unlink, "company_id", getCompanyId(), isNew());
        if (!this.catalogElementsToLink.isEmpty()) {
            ObjectNode catalogs = item.putObject("catalog_elements_id");
            this.catalogElementsToLink.forEach((catalogId, elements) -> {
                ObjectNode catalog = catalogs.putObject(String.valueOf(catalogId));
                elements.forEach((elementId, quantity) -> catalog.put(String.valueOf(elementId), quantity));
            });
        }
        if (!unlink.isEmpty()) {
            item.set("unlink", unlink);
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.contactChanges.clear();
        this.companyChange.clear();
        this.catalogElementsToLink.clear();
    }
}
