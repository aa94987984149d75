package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of the list parameters shared by contacts, leads, companies, tasks and notes. */
class FakeEntityListTests extends FakeServerTestBase {

    @Test
    void shouldAnswer204WithNoBodyWhenNothingIsFound() {
        HttpResponse<String> response = this.http.get(HOST, "/api/v2/leads");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void shouldAnswer204PastTheLastPage() {
        this.account.seedLeads(3);

        assertThat(this.http
                        .get(HOST, "/api/v2/leads?limit_rows=3&limit_offset=3")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void shouldListInHalFormatWithASelfLinkKeepingTheQuery() {
        this.account.seedLeads(2);

        HttpResponse<String> response = this.http.get(HOST, "/api/v2/leads?limit_rows=5");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/hal+json");
        assertThat(response.headers().firstValue("Runtime-Timestamp")).isPresent();
        JsonNode body = FakeHttp.json(response);
        assertThat(body.at("/_links/self/href").asString()).isEqualTo("/api/v2/leads?limit_rows=5");
        assertThat(body.at("/_links/self/method").asString()).isEqualTo("get");
        assertThat(body.at("/_embedded/items/0/_links/self/href").asString()).startsWith("/api/v2/leads?id=");
    }

    @Test
    void shouldReturnAtMost500ItemsAPage() {
        this.account.seedContacts(700);

        assertThat(items("/api/v2/contacts")).hasSize(500);
        assertThat(items("/api/v2/contacts?limit_rows=1000")).hasSize(500);
    }

    @Test
    void shouldPageWithLimitRowsAndLimitOffsetInIdOrder() {
        List<Long> ids = this.account.seedLeads(10);

        assertThat(ids(items("/api/v2/leads?limit_rows=3&limit_offset=3")))
                .containsExactlyElementsOf(ids.subList(3, 6));
    }

    @Test
    void shouldIgnoreLimitOffsetWithoutLimitRows() {
        List<Long> ids = this.account.seedLeads(5);

        assertThat(ids(items("/api/v2/leads?limit_offset=3"))).containsExactlyElementsOf(ids);
    }

    @Test
    void shouldFindByIdInEachOfItsThreeForms() {
        List<Long> ids = this.account.seedLeads(5);
        long first = ids.get(0);
        long third = ids.get(2);

        assertThat(ids(items("/api/v2/leads?id=" + third))).containsExactly(third);
        assertThat(ids(items("/api/v2/leads?id[]=" + third + "&id[]=" + first))).containsExactly(first, third);
        assertThat(ids(items("/api/v2/leads?id=" + third + "," + first))).containsExactly(first, third);
        assertThat(ids(items("/api/v2/leads?id%5B0%5D=" + third))).containsExactly(third);
    }

    @Test
    void shouldLetIdOverrideEveryOtherFilter() {
        long id = this.account.addLead("Поставка");

        assertThat(ids(items("/api/v2/leads?id=" + id + "&query=nothing-like-it")))
                .containsExactly(id);
    }

    @Test
    void shouldSearchNamesAndCustomFieldValuesCaseInsensitively() {
        long contact = this.account.addContact("Иван Петров");
        List<Long> seeded = this.account.seedContacts(3);
        String phone = this.account
                .entity(EntityType.CONTACT, seeded.get(1))
                .at("/custom_fields/0/values/0/value")
                .asString();

        assertThat(ids(items("/api/v2/contacts?query=%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2")))
                .containsExactly(contact);
        assertThat(ids(items("/api/v2/contacts?query=" + phone.substring(1)))).containsExactly(seeded.get(1));
    }

    @Test
    void shouldFilterByResponsibleUser() {
        long manager = this.account.addUser("Анна", "anna@example.ru");
        List<Long> leads = this.account.seedLeads(4);

        List<Long> found = ids(items("/api/v2/leads?responsible_user_id=" + manager));

        assertThat(found).containsExactly(leads.get(1), leads.get(3));
    }

    @Test
    void shouldFilterLeadsByStatus() {
        long lead = this.account.addLead("Сделка");
        this.account.seedLeads(3);
        long status =
                this.account.entity(EntityType.LEAD, lead).path("status_id").asLong();

        assertThat(ids(items("/api/v2/leads?status[]=" + status)))
                .contains(lead)
                .hasSizeLessThan(4);
    }

    @Test
    void shouldReturnOnlyEntitiesModifiedAfterIfModifiedSince() {
        this.server.clock().set(Instant.parse("2024-01-01T00:00:00Z"));
        this.account.addLead("Старая");
        this.server.clock().set(Instant.parse("2024-06-01T00:00:00Z"));
        long fresh = this.account.addLead("Новая");

        for (String date : new String[] {
            "Mon, 01 Apr 2024 00:00:00 UTC", "Mon, 01 Apr 2024 00:00:00 GMT", "Mon, 01 Apr 2024 00:00:00 +0000",
            "Mon, 01 Apr 2024 00:00:00", "1711929600", "2024-04-01T00:00:00Z"
        }) {
            HttpResponse<String> response = this.http.get(HOST, "/api/v2/leads", "If-Modified-Since", date);

            assertThat(ids(FakeHttp.json(response).at("/_embedded/items")))
                    .as(date)
                    .containsExactly(fresh);
        }
    }

    @Test
    void shouldAnswer204WhenNothingWasModifiedSince() {
        this.account.seedLeads(2);

        HttpResponse<String> response =
                this.http.get(HOST, "/api/v2/leads", "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 UTC");

        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void shouldHideDeletedLeadsUnlessOnlyDeletedIsAsked() {
        List<Long> leads = this.account.seedLeads(3);
        this.account.markDeleted(leads.get(0));

        assertThat(ids(items("/api/v2/leads"))).containsExactly(leads.get(1), leads.get(2));
        assertThat(ids(items("/api/v2/leads?with=only_deleted"))).containsExactly(leads.get(0));
    }

    @Test
    void shouldRequireTheTypeOfNotes() {
        HttpResponse<String> response = this.http.get(HOST, "/api/v2/notes");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("221");
    }

    private JsonNode items(String pathAndQuery) {
        HttpResponse<String> response = this.http.get(HOST, pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        return FakeHttp.json(response).at("/_embedded/items");
    }

    static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach((item) -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
