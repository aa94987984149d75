package io.github.amocrmspring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LinksTests {

    private final JsonMapper mapper = JsonMapper.shared();

    private Lead savedLead(String contactIds, String company) {
        return this.mapper.readValue(
                "{\"id\":9,\"contacts\":{\"id\":" + contactIds + "},\"company\":" + company + "}", Lead.class);
    }

    @Test
    void shouldLinkEveryContactOfANewLead() {
        Lead lead = new Lead("Order")
                .linkContacts(12345678)
                .linkContacts(12345678, 12345679)
                .linkCompany(3);

        JsonNode item = lead.toRequestItem();

        assertThat(item.get("contacts_id").toString()).isEqualTo("[12345678,12345679]");
        assertThat(item.get("company_id").asLong()).isEqualTo(3L);
        assertThat(item.has("unlink")).isFalse();
    }

    @Test
    void shouldSendOnlyAddedAndRemovedLinksOnAnUpdate() {
        Lead lead = savedLead("[1,2]", "{\"id\":3,\"name\":\"Horns\"}");

        lead.unlinkContacts(2).unlinkCompany(3).linkContacts(7);

        JsonNode item = lead.toRequestItem();
        assertThat(item.get("contacts_id").toString()).isEqualTo("[7]");
        assertThat(item.get("unlink").toString()).isEqualTo("{\"contacts_id\":[2],\"company_id\":3}");
        assertThat(item.has("company_id")).isFalse();
        assertThat(lead.getContactIds()).containsExactly(1L, 7L);
        assertThat(lead.getCompanyId()).isNull();
    }

    @Test
    void shouldCancelAnUnlinkWhenTheSameContactIsLinkedAgain() {
        Lead lead = savedLead("[78]", "[]");

        lead.unlinkContacts(78).linkContacts(78);

        JsonNode item = lead.toRequestItem();
        assertThat(item.has("unlink")).isFalse();
        assertThat(item.get("contacts_id").toString()).isEqualTo("[78]");
        assertThat(lead.getContactIds()).containsExactly(78L);
    }

    @Test
    void shouldUnlinkSeveralContacts() {
        Lead lead = savedLead("[78,79,70,71,72]", "[]");

        lead.unlinkContacts(79, 71);

        assertThat(lead.getContactIds()).containsExactly(78L, 70L, 72L);
        assertThat(lead.toRequestItem().get("unlink").toString()).isEqualTo("{\"contacts_id\":[79,71]}");
    }

    @Test
    void shouldKeepTheLastCompanyLinkedAndCancelItsUnlink() {
        Lead lead = savedLead("[]", "{\"id\":78}");

        lead.unlinkCompany(78).linkCompany(78).linkCompany(80);

        JsonNode item = lead.toRequestItem();
        assertThat(item.get("company_id").asLong()).isEqualTo(80L);
        assertThat(item.has("unlink")).isFalse();
        assertThat(lead.getCompanyId()).isEqualTo(80L);
    }

    @Test
    void shouldLinkCatalogElementsWithQuantities() {
        Lead lead = new Lead("Order").setCatalogElements(Map.of(93492L, Map.of(9898L, 10)));
        lead.linkCatalogElement(93492, 9899, 5);

        JsonNode item = lead.toRequestItem();

        assertThat(item.get("catalog_elements_id").get("93492").get("9898").asInt())
                .isEqualTo(10);
        assertThat(item.get("catalog_elements_id").get("93492").get("9899").asInt())
                .isEqualTo(5);
        assertThat(lead.getCatalogElementsToLink()).contains(new CatalogElementLink(93492, 9899, 5));
    }

    @Test
    void shouldReadCatalogElementLinksOfALead() {
        Lead lead = this.mapper.readValue("""
                {"id":1,"_embedded":{"catalog_elements_links":[{"id":9898,"catalog_id":93492,"quantity":10}]}}
                """, Lead.class);

        assertThat(lead.getCatalogElementLinks()).containsExactly(new CatalogElementLink(93492, 9898, 10));
    }

    @Test
    void shouldLinkAndUnlinkLeadsCustomersAndCompanyOfAContact() {
        Contact contact = this.mapper.readValue(
                "{\"id\":1,\"company\":{\"id\":4},\"leads\":{\"id\":[10]},\"customers\":[]}", Contact.class);

        contact.linkLeads(12380925, 12364352)
                .unlinkLeads(10)
                .linkCustomers(1237374)
                .unlinkCompany(4);

        JsonNode item = contact.toRequestItem();
        assertThat(item.get("leads_id").toString()).isEqualTo("[12380925,12364352]");
        assertThat(item.get("customers_id").toString()).isEqualTo("[1237374]");
        assertThat(item.get("unlink").toString()).isEqualTo("{\"company_id\":4,\"leads_id\":[10]}");
        assertThat(contact.getLeadIds()).containsExactly(12380925L, 12364352L);
        assertThat(contact.getCustomerIds()).containsExactly(1237374L);
    }

    @Test
    void shouldLinkContactsLeadsAndCustomersOfACompany() {
        Company company =
                new Company("MMM").linkContacts(12375435).linkLeads(12349693).linkCustomers(1237374);

        JsonNode item = company.toRequestItem();

        assertThat(item.get("leads_id").toString()).isEqualTo("[12349693]");
        assertThat(item.get("contacts_id").toString()).isEqualTo("[12375435]");
        assertThat(item.get("customers_id").toString()).isEqualTo("[1237374]");
    }

    @Test
    void shouldUnlinkFromACompany() {
        Company company =
                this.mapper.readValue("{\"id\":2,\"contacts\":{\"id\":[5,6]},\"leads\":{\"id\":[7]}}", Company.class);

        company.unlinkContacts(6).unlinkLeads(7);

        assertThat(company.toRequestItem().get("unlink").toString())
                .isEqualTo("{\"leads_id\":[7],\"contacts_id\":[6]}");
        assertThat(company.getContactIds()).containsExactly(5L);
    }

    @Test
    void shouldForgetLinkChangesOnceSaved() {
        Lead lead = savedLead("[1]", "[]");
        lead.linkContacts(2).unlinkContacts(1);

        lead.markSaved(9, null);

        JsonNode item = lead.toRequestItem();
        assertThat(item.has("contacts_id")).isFalse();
        assertThat(item.has("unlink")).isFalse();
        assertThat(lead.getContactIds()).containsExactly(2L);
    }
}
