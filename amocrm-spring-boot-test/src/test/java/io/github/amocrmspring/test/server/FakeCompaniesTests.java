package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of companies, whose v2 page is missing from the documentation archive. */
class FakeCompaniesTests extends FakeServerTestBase {

    @Test
    void shouldLinkLeadsAndContactsGivenAsCommaSeparatedStrings() {
        long lead = this.account.addLead("Сделка");
        long contact = this.account.addContact("Контакт");

        long company = postOk(
                        "/api/v2/companies",
                        "{\"add\":[{\"name\":\"ООО Ромашка\",\"leads_id\":\"" + lead + "\",\"contacts_id\":\"" + contact
                                + "\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode stored = this.account.entity(EntityType.COMPANY, company);
        assertThat(stored.at("/leads/id/0").asLong()).isEqualTo(lead);
        assertThat(stored.at("/contacts/id/0").asLong()).isEqualTo(contact);
        assertThat(this.account.entity(EntityType.LEAD, lead).at("/company/id").asLong())
                .isEqualTo(company);
    }

    @Test
    void shouldUnlinkContactsFromACompany() {
        long company = this.account.addCompany("ООО Ромашка");
        long contact = this.account.addContact("Контакт");
        this.account.link(EntityType.COMPANY, company, EntityType.CONTACT, contact);
        long updatedAt = this.account
                .entity(EntityType.COMPANY, company)
                .path("updated_at")
                .asLong();

        postOk(
                "/api/v2/companies",
                "{\"update\":[{\"id\":" + company + ",\"updated_at\":" + updatedAt + ",\"unlink\":{\"contacts_id\":["
                        + contact + "]}}]}");

        assertThat(this.account
                        .entity(EntityType.COMPANY, company)
                        .path("contacts")
                        .isEmpty())
                .isTrue();
        assertThat(this.account
                        .entity(EntityType.CONTACT, contact)
                        .path("company")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void shouldSearchCompaniesByName() {
        this.account.addCompany("ООО Ромашка");
        long vector = this.account.addCompany("ООО Вектор");

        JsonNode items = getOk("/api/v2/companies?query=%D0%B2%D0%B5%D0%BA%D1%82%D0%BE%D1%80")
                .at("/_embedded/items");

        assertThat(FakeEntityListTests.ids(items)).containsExactly(vector);
    }
}
