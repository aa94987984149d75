package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of the AJAX endpoints, which answer only requests marked {@code X-Requested-With}. */
class FakeAjaxTests extends FakeServerTestBase {

    @Test
    void shouldListContactsForAnAjaxRequest() {
        this.account.seedContacts(60);

        HttpResponse<String> response = this.http.postForm(
                HOST,
                "/ajax/contacts/list",
                "useFilter=y&element_type=1&json=1&page=2",
                "X-Requested-With",
                "XMLHttpRequest");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = FakeHttp.json(response).path("response");
        assertThat(body.path("items")).hasSize(10);
        assertThat(body.at("/pagination/total").asInt()).isEqualTo(60);
    }

    @Test
    void shouldListLeadsForAnAjaxRequest() {
        this.account.seedLeads(3);

        HttpResponse<String> response =
                this.http.postForm(HOST, "/ajax/leads/list", "json=1", "X-Requested-With", "XMLHttpRequest");

        assertThat(FakeHttp.json(response).at("/response/items")).hasSize(3);
    }

    @Test
    void shouldAnswer404WithoutXRequestedWith() {
        assertThat(this.http.postForm(HOST, "/ajax/contacts/list", "json=1").statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldRequireAuthenticationForAjaxRequests() {
        this.http.bearer(null);

        HttpResponse<String> response =
                this.http.postForm(HOST, "/ajax/contacts/list", "json=1", "X-Requested-With", "XMLHttpRequest");

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
