package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.model.PipelineStatus;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with leads" example, step by step. */
class LeadExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryLeadOfAResponsibleUserAndOnePage() {
        long user = account().adminUserId();
        account().seedLeads(3);

        long streamed;
        try (Stream<Lead> leads = this.amo.leads().stream(LeadQuery.all().responsibleUser(user))) {
            streamed = leads.count();
        }
        this.amo.leads().find(LeadQuery.all().limitRows(250).limitOffset(2000));

        assertThat(streamed).isPositive();
        List<RecordedRequest> requests = requests("GET", "/api/v2/leads");
        assertThat(requests.get(0).queryParameter("responsible_user_id")).isEqualTo(String.valueOf(user));
        RecordedRequest page = requests.get(requests.size() - 1);
        assertThat(page.queryParameter("limit_rows")).isEqualTo("250");
        assertThat(page.queryParameter("limit_offset")).isEqualTo("2000");
    }

    @Test
    void shouldCreateALeadWithFieldsContactCompanyCatalogElementsAndATag() {
        long pipeline = account().mainPipelineId();
        long text = account().addCustomField(EntityType.LEAD, "Kind", 1);
        long multiselect = account().addCustomField(EntityType.LEAD, "Options", 5, "one", "two", "three");
        long one = account().enumId(multiselect, "one");
        long two = account().enumId(multiselect, "two");
        long contact = account().addContact("Contact");
        long company = account().addCompany("Company");
        long catalog = account().addCatalog("Stock");
        Lead lead = new Lead("Заказ № 964023");
        lead.setResponsibleUserId(account().adminUserId());
        lead.setPipelineId(pipeline);
        lead.setStatusId(PipelineStatus.WON);
        lead.setSale(15000L);
        lead.setCustomField(text, "Акционерное общество").setCustomFieldEnums(multiselect, one, two);
        lead.linkContacts(contact).linkCompany(company);
        lead.setCatalogElements(Map.of(catalog, Map.of(9898L, 10)));
        lead.addTags("Акционер");

        this.amo.leads().save(lead);

        JsonNode added = onlyBody("POST", "/api/v2/leads").get("add").get(0);
        assertThat(added.get("name").asString()).isEqualTo("Заказ № 964023");
        assertThat(added.get("pipeline_id").asLong()).isEqualTo(pipeline);
        assertThat(added.get("status_id").asLong()).isEqualTo(142);
        assertThat(added.get("sale").asLong()).isEqualTo(15000);
        assertThat(added.get("custom_fields").get(1).toString())
                .isEqualTo("{\"id\":" + multiselect + ",\"values\":[" + one + "," + two + "]}");
        assertThat(added.get("contacts_id").toString()).isEqualTo("[" + contact + "]");
        assertThat(added.get("company_id").asLong()).isEqualTo(company);
        assertThat(added.get("catalog_elements_id").toString()).isEqualTo("{\"" + catalog + "\":{\"9898\":10}}");
        assertThat(added.get("tags").toString()).isEqualTo("[\"Акционер\"]");
        Lead read = this.amo.leads().findById(lead.getId()).orElseThrow();
        assertThat(read.getStatusId()).isEqualTo(142L);
        assertThat(read.getSale()).isEqualTo(15000L);
        assertThat(read.getContactIds()).containsExactly(contact);
        assertThat(read.getCompanyId()).isEqualTo(company);
        assertThat(read.getCustomFieldValues(multiselect)).hasSize(2);
    }

    @Test
    void shouldUpdateTheSaleOfALeadGivenById() {
        long id = account().addLead("Lead");
        Lead lead = new Lead();
        lead.setId(id);
        lead.setSale(175000L);

        this.amo.leads().save(lead);

        JsonNode update = onlyBody("POST", "/api/v2/leads").get("update").get(0);
        assertThat(update.get("id").asLong()).isEqualTo(id);
        assertThat(update.get("sale").asLong()).isEqualTo(175000);
        assertThat(update.has("updated_at")).isTrue();
        assertThat(account().entity(EntityType.LEAD, id).get("sale").asLong()).isEqualTo(175000);
    }

    @Test
    void shouldUnlinkAContactAndTheCompanyOfALead() {
        long lead = account().addLead("Linked");
        long contact = account().addContact("To unlink");
        long kept = account().addContact("To keep");
        long company = account().addCompany("Company to unlink");
        account().link(EntityType.LEAD, lead, EntityType.CONTACT, contact);
        account().link(EntityType.LEAD, lead, EntityType.CONTACT, kept);
        account().link(EntityType.LEAD, lead, EntityType.COMPANY, company);

        Lead read = this.amo.leads().findById(lead).orElseThrow();
        read.unlinkContacts(contact).unlinkCompany(company);
        this.amo.leads().save(read);

        JsonNode update = onlyBody("POST", "/api/v2/leads").get("update").get(0);
        assertThat(update.get("unlink").toString())
                .isEqualTo("{\"contacts_id\":[" + contact + "],\"company_id\":" + company + "}");
        assertThat(update.has("contacts_id")).isFalse();
        Lead after = this.amo.leads().findById(lead).orElseThrow();
        assertThat(after.getContactIds()).containsExactly(kept);
        assertThat(after.getCompanyId()).isNull();
    }

    @Test
    void shouldLinkACompanyToEveryLeadOfAUser() {
        long user = account().addUser("Seller", "seller@example.com");
        long company = account().addCompany("Buyer");
        Lead first = new Lead("First");
        first.setResponsibleUserId(user);
        Lead second = new Lead("Second");
        second.setResponsibleUserId(user);
        this.amo.leads().saveAll(List.of(first, second)).orThrow();

        List<Lead> theirs = this.amo.leads().find(LeadQuery.all().responsibleUser(user));
        theirs.forEach(lead -> lead.linkCompany(company));
        this.amo.leads().saveAll(theirs).orThrow();

        assertThat(this.amo.leads().findById(first.getId()).orElseThrow().getCompanyId())
                .isEqualTo(company);
        assertThat(this.amo.leads().findById(second.getId()).orElseThrow().getCompanyId())
                .isEqualTo(company);
    }

    @Test
    void shouldFilterLeadsByStatusDatesAndModification() {
        long lead = account().addLead("Filtered");
        Instant since = Instant.now().minusSeconds(3600);

        this.amo
                .leads()
                .find(LeadQuery.all()
                        .status(142, 143)
                        .createdBetween(since, null)
                        .activeOnly()
                        .modifiedSince(since));

        RecordedRequest request = onlyRequest("GET", "/api/v2/leads");
        JsonNode query = request.queryParameters();
        assertThat(query.get("status").toString()).contains("142").contains("143");
        assertThat(query.get("filter").get("date_create").get("from").asLong()).isEqualTo(since.getEpochSecond());
        assertThat(query.get("filter").get("active").asString()).isEqualTo("1");
        assertThat(request.header("If-Modified-Since")).endsWith("UTC");
        assertThat(lead).isPositive();
    }

    @Test
    void shouldRemoveTheLastTagOfALead() {
        Lead lead = new Lead("Tagged").addTags("only");
        this.amo.leads().save(lead);
        Lead read = this.amo.leads().findById(lead.getId()).orElseThrow();
        assertThat(read.getTagNames()).containsExactly("only");

        read.removeTags("only");
        this.amo.leads().save(read);

        assertThat(this.amo.leads().findById(lead.getId()).orElseThrow().getTags())
                .isEmpty();
    }

    @Test
    void shouldStreamInPagesOfTheQueryLimitAndStopAtAShortPage() {
        long user = account().addUser("Five leads", "five@example.com");
        for (int i = 0; i < 5; i++) {
            Lead lead = new Lead("Paged " + i);
            lead.setResponsibleUserId(user);
            this.amo.leads().save(lead);
        }
        this.server.journal().clear();

        List<String> names;
        try (Stream<Lead> leads =
                this.amo.leads().stream(LeadQuery.all().responsibleUser(user).limitRows(2))) {
            names = leads.map(Lead::getName).toList();
        }

        assertThat(names).containsExactly("Paged 0", "Paged 1", "Paged 2", "Paged 3", "Paged 4");
        // pages are read ahead (amocrm.stream.prefetch-pages) and recorded by the fake once answered, so pages past
        // the end may be read and cancelled, in any order; every page up to the end is read exactly once
        List<String> offsets = requests("GET", "/api/v2/leads").stream()
                .map(request -> request.queryParameter("limit_offset"))
                .toList();
        assertThat(offsets).doesNotHaveDuplicates().contains("0", "2", "4");
        assertThat(offsets).allMatch(offset -> Integer.parseInt(offset) % 2 == 0);
    }

    @Test
    void shouldReadNothingChangedSinceAnInstant() {
        List<Lead> changed = this.amo
                .leads()
                .find(LeadQuery.all().modifiedSince(Instant.now().plusSeconds(86_400)));

        assertThat(changed).isEmpty();
        assertThat(onlyRequest("GET", "/api/v2/leads").status()).isEqualTo(204);
    }
}
