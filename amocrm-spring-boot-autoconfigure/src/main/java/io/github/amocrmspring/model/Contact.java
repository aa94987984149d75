package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;

/** A contact ({@code /api/v2/contacts}): a person, with phones and e-mails, a company, leads and customers. */
public class Contact extends TaggedEntity<Contact> {

    @JsonProperty("first_name")
    private String firstName;

    @JsonProperty("last_name")
    private String lastName;

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("company")
    private LinkedEntity company;

    @JsonProperty("leads")
    private LinkedEntities leads;

    @JsonProperty("customers")
    private LinkedEntities customers;

    private final SingleLinkChange companyChange = new SingleLinkChange();

    private final LinkChanges leadChanges = new LinkChanges();

    private final LinkChanges customerChanges = new LinkChanges();

    public Contact() {}

    public Contact(String name) {
        setName(name);
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.CONTACT;
    }

    public String getFirstName() {
        return this.firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return this.lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Instant getClosestTaskAt() {
        return this.closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Return the first phone, the first value of the system field with code {@code PHONE}. */
    public Optional<String> getPhone() {
        return firstValueOfCode("PHONE");
    }

    /** Return the first e-mail, the first value of the system field with code {@code EMAIL}. */
    public Optional<String> getEmail() {
        return firstValueOfCode("EMAIL");
    }

    private Optional<String> firstValueOfCode(String code) {
        return getCustomFieldByCode(code).map(CustomField::getFirstValue);
    }

    /** Return the id of the contact's company, or {@code null}. */
    public Long getCompanyId() {
        return (this.company != null) ? this.company.getId() : null;
    }

    /** Return the ids of the linked leads, with the changes made through this object. */
    public List<Long> getLeadIds() {
        return (this.leads != null) ? this.leads.getIds() : List.of();
    }

    /** Return the ids of the linked customers, with the changes made through this object. */
    public List<Long> getCustomerIds() {
        return (this.customers != null) ? this.customers.getIds() : List.of();
    }

    /** Link the contact to a company; a contact has at most one. */
    public Contact linkCompany(long companyId) {
        this.company = LinkedEntity.of(companyId);
        this.companyChange.link(companyId);
        return this;
    }

    /** Unlink the contact from a company. */
    public Contact unlinkCompany(long companyId) {
        if (Objects.equals(getCompanyId(), companyId)) {
            this.company = null;
        }
        this.companyChange.unlink(companyId);
        return this;
    }

    /** Link leads. */
    public Contact linkLeads(long... leadIds) {
        List<Long> ids = Arrays.stream(leadIds).boxed().toList();
        this.leads = add(this.leads, ids);
        this.leadChanges.link(ids);
        return this;
    }

    /** Unlink leads. */
    public Contact unlinkLeads(long... leadIds) {
        List<Long> ids = Arrays.stream(leadIds).boxed().toList();
        remove(this.leads, ids);
        this.leadChanges.unlink(ids);
        return this;
    }

    /** Link customers. */
    public Contact linkCustomers(long... customerIds) {
        List<Long> ids = Arrays.stream(customerIds).boxed().toList();
        this.customers = add(this.customers, ids);
        this.customerChanges.link(ids);
        return this;
    }

    /** Unlink customers. */
    public Contact unlinkCustomers(long... customerIds) {
        List<Long> ids = Arrays.stream(customerIds).boxed().toList();
        remove(this.customers, ids);
        this.customerChanges.unlink(ids);
        return this;
    }

    static LinkedEntities add(LinkedEntities links, List<Long> ids) {
        LinkedEntities result = (links != null) ? links : LinkedEntities.empty();
        result.add(ids);
        return result;
    }

    static void remove(LinkedEntities links, List<Long> ids) {
        if (links != null) {
            links.remove(ids);
        }
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        putIfNotNull(item, "first_name", this.firstName);
        putIfNotNull(item, "last_name", this.lastName);
        ObjectNode unlink = JsonNodes.FACTORY.objectNode();
        this.companyChange.write(item, unlink, "company_id", getCompanyId(), isNew());
        this.leadChanges.write(item, unlink, "leads_id", getLeadIds(), isNew());
        this.customerChanges.write(item, unlink, "customers_id", getCustomerIds(), isNew());
        if (!unlink.isEmpty()) {
            item.set("unlink", unlink);
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.companyChange.clear();
        this.leadChanges.clear();
        this.customerChanges.clear();
    }
}
