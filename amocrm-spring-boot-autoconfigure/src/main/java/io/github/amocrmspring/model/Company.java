package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.node.ObjectNode;

/** A company ({@code /api/v2/companies}), with phones and e-mails, contacts, leads and customers. */
public class Company extends TaggedEntity<Company> {

    @JsonProperty("closest_task_at")
    @JsonSerialize(using = EpochSecondsSerializer.class)
    @JsonDeserialize(using = EpochSecondsDeserializer.class)
    private Instant closestTaskAt;

    @JsonProperty("leads")
    private LinkedEntities leads;

    @JsonProperty("contacts")
    private LinkedEntities contacts;

    @JsonProperty("customers")
    private LinkedEntities customers;

    private final LinkChanges leadChanges = new LinkChanges();

    private final LinkChanges contactChanges = new LinkChanges();

    private final LinkChanges customerChanges = new LinkChanges();

    public Company() {}

    public Company(String name) {
        setName(name);
    }

    @Override
    public EntityType getEntityType() {
        return EntityType.COMPANY;
    }

    public Instant getClosestTaskAt() {
        return this.closestTaskAt;
    }

    public void setClosestTaskAt(Instant closestTaskAt) {
        this.closestTaskAt = closestTaskAt;
    }

    /** Return the first phone, the first value of the system field with code {@code PHONE}. */
    public Optional<String> getPhone() {
        return getCustomFieldByCode("PHONE").map(CustomField::getFirstValue);
    }

    /** Return the first e-mail, the first value of the system field with code {@code EMAIL}. */
    public Optional<String> getEmail() {
        return getCustomFieldByCode("EMAIL").map(CustomField::getFirstValue);
    }

    /** Return the ids of the linked leads, with the changes made through this object. */
    public List<Long> getLeadIds() {
        return (this.leads != null) ? this.leads.getIds() : List.of();
    }

    /** Return the ids of the linked contacts, with the changes made through this object. */
    public List<Long> getContactIds() {
        return (this.contacts != null) ? this.contacts.getIds() : List.of();
    }

    /** Return the ids of the linked customers, with the changes made through this object. */
    public List<Long> getCustomerIds() {
        return (this.customers != null) ? this.customers.getIds() : List.of();
    }

    /** Link leads. */
    public Company linkLeads(long... leadIds) {
        List<Long> ids = Arrays.stream(leadIds).boxed().toList();
        this.leads = Contact.add(this.leads, ids);
        this.leadChanges.link(ids);
        return this;
    }

    /** Unlink leads. */
    public Company unlinkLeads(long... leadIds) {
        List<Long> ids = Arrays.stream(leadIds).boxed().toList();
        Contact.remove(this.leads, ids);
        this.leadChanges.unlink(ids);
        return this;
    }

    /** Link contacts. */
    public Company linkContacts(long... contactIds) {
        List<Long> ids = Arrays.stream(contactIds).boxed().toList();
        this.contacts = Contact.add(this.contacts, ids);
        this.contactChanges.link(ids);
        return this;
    }

    /** Unlink contacts. */
    public Company unlinkContacts(long... contactIds) {
        List<Long> ids = Arrays.stream(contactIds).boxed().toList();
        Contact.remove(this.contacts, ids);
        this.contactChanges.unlink(ids);
        return this;
    }

    /** Link customers. */
    public Company linkCustomers(long... customerIds) {
        List<Long> ids = Arrays.stream(customerIds).boxed().toList();
        this.customers = Contact.add(this.customers, ids);
        this.customerChanges.link(ids);
        return this;
    }

    /** Unlink customers. */
    public Company unlinkCustomers(long... customerIds) {
        List<Long> ids = Arrays.stream(customerIds).boxed().toList();
        Contact.remove(this.customers, ids);
        this.customerChanges.unlink(ids);
        return this;
    }

    @Override
    protected void writeRequestFields(ObjectNode item) {
        super.writeRequestFields(item);
        ObjectNode unlink = JsonNodes.FACTORY.objectNode();
        this.leadChanges.write(item, unlink, "leads_id", getLeadIds(), isNew());
        this.contactChanges.write(item, unlink, "contacts_id", getContactIds(), isNew());
        this.customerChanges.write(item, unlink, "customers_id", getCustomerIds(), isNew());
        if (!unlink.isEmpty()) {
            item.set("unlink", unlink);
        }
    }

    @Override
    protected void clearChanges() {
        super.clearChanges();
        this.leadChanges.clear();
        this.contactChanges.clear();
        this.customerChanges.clear();
    }
}
