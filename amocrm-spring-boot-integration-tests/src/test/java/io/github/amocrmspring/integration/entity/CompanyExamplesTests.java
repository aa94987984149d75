package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.CompanyQuery;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.CustomFieldValue;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with companies" example, step by step. */
class CompanyExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryCompanyFromAnOffset() {
        for (int i = 0; i < 5; i++) {
            account().addCompany("OOO Company " + i);
        }

        List<Company> found;
        try (Stream<Company> companies =
                this.amo.companies().stream(CompanyQuery.all().query("OOO").limitOffset(2))) {
            found = companies.toList();
        }

        assertThat(found).isNotEmpty().allMatch(company -> company.getName().contains("OOO"));
        assertThat(requests("GET", "/api/v2/companies").get(0).queryParameter("limit_offset"))
                .isEqualTo("2");
    }

    @Test
    void shouldLoadOnePageOfTheCompaniesOfAUser() {
        long user = account().adminUserId();

        this.amo
                .companies()
                .find(CompanyQuery.all().responsibleUser(user).limitRows(250).limitOffset(1000));

        RecordedRequest request = onlyRequest("GET", "/api/v2/companies");
        assertThat(request.queryParameter("responsible_user_id")).isEqualTo(String.valueOf(user));
        assertThat(request.queryParameter("limit_rows")).isEqualTo("250");
        assertThat(request.queryParameter("limit_offset")).isEqualTo("1000");
    }

    @Test
    void shouldCreateACompanyWithFieldsLinksAndATag() {
        long address = account().customFieldId(EntityType.COMPANY, "ADDRESS");
        long phone = account().customFieldId(EntityType.COMPANY, "PHONE");
        long email = account().customFieldId(EntityType.COMPANY, "EMAIL");
        long contact = account().addContact("Contact");
        long lead = account().addLead("Lead");
        Company company = new Company("ООО МММ");
        company.setResponsibleUserId(account().adminUserId());
        company.setCustomField(address, "Город Москва")
                .setCustomFieldValues(phone, CustomFieldValue.withEnum("+79457778899", "WORK"))
                .setCustomFieldValues(email, CustomFieldValue.withEnum("mmm@example.com", "WORK"))
                .linkContacts(contact)
                .linkLeads(lead)
                .linkCustomers(1237374)
                .addTags("Акционер");

        this.amo.companies().save(company);

        JsonNode added = onlyBody("POST", "/api/v2/companies").get("add").get(0);
        assertThat(added.get("name").asString()).isEqualTo("ООО МММ");
        assertThat(added.get("custom_fields")).hasSize(3);
        assertThat(added.get("contacts_id").toString()).isEqualTo("[" + contact + "]");
        assertThat(added.get("leads_id").toString()).isEqualTo("[" + lead + "]");
        assertThat(added.get("customers_id").toString()).isEqualTo("[1237374]");
        assertThat(added.get("tags").toString()).isEqualTo("[\"Акционер\"]");
        Company read = this.amo.companies().findById(company.getId()).orElseThrow();
        assertThat(read.getContactIds()).containsExactly(contact);
        assertThat(read.getLeadIds()).containsExactly(lead);
        assertThat(read.getPhone()).contains("+79457778899");
        assertThat(read.getEmail()).contains("mmm@example.com");
        assertThat(read.getTagNames()).containsExactly("Акционер");
    }

    @Test
    void shouldUpdateACompanyAndSaveSeveralAtOnce() {
        long id = account().addCompany("Old name");
        Company renamed = new Company("ООО Рога и Копыта");
        renamed.setId(id);
        renamed.setCreatedBy(account().adminUserId());
        Company added = new Company("New company");

        this.amo.companies().saveAll(List.of(added, renamed)).orThrow();

        JsonNode body = onlyBody("POST", "/api/v2/companies");
        assertThat(body.get("add").get(0).get("name").asString()).isEqualTo("New company");
        JsonNode update = body.get("update").get(0);
        assertThat(update.get("id").asLong()).isEqualTo(id);
        assertThat(update.get("created_by").asLong()).isEqualTo(account().adminUserId());
        assertThat(account().entity(EntityType.COMPANY, id).get("name").asString())
                .isEqualTo("ООО Рога и Копыта");
        assertThat(added.getId()).isNotNull();
    }

    @Test
    void shouldReadValuesSubtypesAndEnumsOfACompanyField() {
        long address = account().addCustomField(EntityType.COMPANY, "Legal address", 13);
        Company company = new Company("With address")
                .setCustomFieldValues(
                        address,
                        CustomFieldValue.withSubtype("address_line_1", "ул. Ленина, 1"),
                        CustomFieldValue.withSubtype("city", "Москва"));
        this.amo.companies().save(company);

        Company read = this.amo.companies().findById(company.getId()).orElseThrow();

        assertThat(read.getCustomFieldValue(address)).contains("ул. Ленина, 1");
        assertThat(read.getCustomFieldValues(address)).containsExactly("ул. Ленина, 1", "Москва");
        assertThat(read.getCustomFieldSubtype(address)).isPresent();
        assertThat(read.getCustomFieldSubtypes(address)).hasSize(2);
        assertThat(read.getCustomFieldEnum(address)).isEmpty();
    }

    @Test
    void shouldLinkALeadToEveryCompanyOfAUser() {
        long user = account().addUser("Owner", "owner@example.com");
        long lead = account().addLead("Lead for companies");
        Company first = new Company("First");
        first.setResponsibleUserId(user);
        Company second = new Company("Second");
        second.setResponsibleUserId(user);
        this.amo.companies().saveAll(List.of(first, second)).orThrow();
        this.server.journal().clear();

        List<Company> theirs = this.amo.companies().find(CompanyQuery.all().responsibleUser(user));
        theirs.forEach(company -> company.linkLeads(lead));
        this.amo.companies().saveAll(theirs).orThrow();

        JsonNode body = onlyBody("POST", "/api/v2/companies");
        assertThat(body.get("update")).hasSize(2);
        assertThat(this.amo.companies().findById(second.getId()).orElseThrow().getLeadIds())
                .containsExactly(lead);
    }
}
