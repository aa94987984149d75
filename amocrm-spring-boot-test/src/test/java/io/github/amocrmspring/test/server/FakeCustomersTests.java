package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of customers. */
class FakeCustomersTests extends FakeServerTestBase {

    @Test
    void shouldAddACustomerLinkedToContactsAndACompany() {
        long contact = this.account.addContact("Иван");
        long company = this.account.addCompany("ООО Ромашка");

        long customer = postOk(
                        "/api/v2/customers",
                        "{\"add\":[{\"name\":\"Покупатель\",\"next_date\":1900000000,"
                                + "\"next_price\":\"1500\",\"periodicity\":7,\"contacts_id\":[" + contact
                                + "],\"company_id\":"
                                + company + "}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode stored = getOk("/api/v2/customers?id=" + customer).at("/_embedded/items/0");
        assertThat(stored.path("next_date").asLong()).isEqualTo(1900000000L);
        assertThat(stored.path("next_price").asLong()).isEqualTo(1500);
        assertThat(stored.at("/main_contact/id").asLong()).isEqualTo(contact);
        assertThat(stored.at("/company/id").asLong()).isEqualTo(company);
        assertThat(this.account
                        .entity(EntityType.CONTACT, contact)
                        .at("/customers/id/0")
                        .asLong())
                .isEqualTo(customer);
    }

    @Test
    void shouldFilterCustomersByNextDate() {
        postOk(
                "/api/v2/customers",
                "{\"add\":[{\"name\":\"Скоро\",\"next_date\":1800000000},"
                        + "{\"name\":\"Позже\",\"next_date\":1900000000}]}");

        JsonNode items =
                getOk("/api/v2/customers?filter[next_date][from]=1850000000").at("/_embedded/items");

        assertThat(items).hasSize(1);
        assertThat(items.at("/0/name").asString()).isEqualTo("Позже");
    }

    @Test
    void shouldDeleteCustomersAnsweringTheDeletedItems() {
        long customer = postOk("/api/v2/customers", "{\"add\":[{\"name\":\"Покупатель\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode body = postOk("/api/v2/customers", "{\"delete\":[\"" + customer + "\"]}");

        assertThat(body.at("/_embedded/items/deleted/0/id").asLong()).isEqualTo(customer);
        assertThat(body.at("/_embedded/items/deleted/0/name").asString()).isEqualTo("Покупатель");
        assertThat(this.http.get(HOST, "/api/v2/customers").statusCode()).isEqualTo(204);
    }

    @Test
    void shouldRequireUpdatedAtToUpdateACustomer() {
        long customer = postOk("/api/v2/customers", "{\"add\":[{\"name\":\"Покупатель\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode errors = postOk("/api/v2/customers", "{\"update\":[{\"id\":" + customer + ",\"next_price\":1}]}")
                .at("/_embedded/errors/update");

        assertThat(errors.has(String.valueOf(customer))).isTrue();
    }

    @Test
    void shouldAcceptNotesOnACustomer() {
        long customer = postOk("/api/v2/customers", "{\"add\":[{\"name\":\"Покупатель\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        postOk(
                "/api/v2/notes",
                "{\"add\":[{\"element_id\":" + customer + ",\"element_type\":12,\"note_type\":4,"
                        + "\"text\":\"Повторная покупка\"}]}");

        assertThat(getOk("/api/v2/notes?type=customer")
                        .at("/_embedded/items/0/text")
                        .asString())
                .isEqualTo("Повторная покупка");
    }
}
