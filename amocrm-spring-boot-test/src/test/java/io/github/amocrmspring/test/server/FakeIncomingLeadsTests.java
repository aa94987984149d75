package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of incoming leads (the unsorted stage). */
class FakeIncomingLeadsTests extends FakeServerTestBase {

    private static final String FORM =
            "{\"add\":[{\"source_name\":\"Сайт\",\"source_uid\":\"u1\",\"created_at\":1700000000,"
                    + "\"incoming_lead_info\":{\"form_id\":7,\"form_page\":\"https://shop.example.ru\",\"form_name\":\"Заявка\"},"
                    + "\"incoming_entities\":{\"leads\":[{\"name\":\"Заявка с сайта\",\"sale\":5000}],"
                    + "\"contacts\":[{\"name\":\"Иван\"}],\"companies\":[{\"name\":\"ООО Ромашка\"}]}}]}";

    private static final String SIP = "{\"add\":[{\"source_name\":\"АТС\",\"created_at\":1700000000,"
            + "\"incoming_lead_info\":{\"to\":1,\"from\":\"+79990001122\",\"date_call\":1700000000,\"duration\":30,"
            + "\"service_code\":\"telephony\"}}]}";

    @Test
    void shouldAddAFormAndReturnItsUid() {
        JsonNode body = postOk("/api/v2/incoming_leads/form", FORM);

        assertThat(body.path("status").asString()).isEqualTo("success");
        assertThat(body.path("data").get(0).asString()).hasSize(40);
        assertThat(this.account.pendingIncomingLeads()).isEqualTo(1);
    }

    @Test
    void shouldAcceptFormEncodedIncomingLeadsAsTheDocumentationSendsThem() {
        String form = "add%5B0%5D%5Bsource_name%5D=site&add%5B0%5D%5Bcreated_at%5D=1700000000"
                + "&add%5B0%5D%5Bincoming_lead_info%5D%5Bform_id%5D=3"
                + "&add%5B0%5D%5Bincoming_lead_info%5D%5Bform_page%5D=https%3A%2F%2Fshop.example.ru"
                + "&add%5B0%5D%5Bincoming_entities%5D%5Bleads%5D%5B0%5D%5Bname%5D=Lead";

        HttpResponse<String> response =
                this.http.postForm(HOST, "/api/v2/incoming_leads/form", form, "Accept", "application/json");
        String uid = FakeHttp.json(response).at("/data/0").asString();
        HttpResponse<String> accepted = this.http.postForm(
                HOST,
                "/api/v2/incoming_leads/accept",
                "accept%5B0%5D=" + uid + "&user_id=" + this.account.adminUserId() + "&status_id=142");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FakeHttp.json(accepted).at("/data/" + uid + "/leads/0").asLong())
                .isPositive();
    }

    @Test
    void shouldReturnTheSameUidForARepeatedForm() {
        String first = postOk("/api/v2/incoming_leads/form", FORM).at("/data/0").asString();

        assertThat(postOk("/api/v2/incoming_leads/form", FORM).at("/data/0").asString())
                .isEqualTo(first);
        assertThat(this.account.pendingIncomingLeads()).isEqualTo(1);
    }

    @Test
    void shouldFailASipCallWithoutItsRequiredFields() {
        HttpResponse<String> response = this.http.postJson(
                HOST, "/api/v2/incoming_leads/sip", "{\"add\":[{\"incoming_lead_info\":{\"to\":1}}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(response).path("status").asString()).isEqualTo("fail");
    }

    @Test
    void shouldAcceptAnIncomingLeadIntoLinkedEntities() {
        String uid = postOk("/api/v2/incoming_leads/form", FORM).at("/data/0").asString();

        JsonNode created = postOk(
                        "/api/v2/incoming_leads/accept",
                        "{\"accept\":[\"" + uid + "\"],\"user_id\":" + this.account.adminUserId()
                                + ",\"status_id\":142}")
                .at("/data/" + uid);

        long lead = created.at("/leads/0").asLong();
        long contact = created.at("/contacts/0").asLong();
        JsonNode stored = this.account.entity(EntityType.LEAD, lead);
        assertThat(stored.path("status_id").asLong()).isEqualTo(142);
        assertThat(stored.at("/contacts/id/0").asLong()).isEqualTo(contact);
        assertThat(stored.at("/company/id").asLong())
                .isEqualTo(created.at("/companies/0").asLong());
        assertThat(this.account.pendingIncomingLeads()).isZero();
    }

    @Test
    void shouldDeclineAnIncomingLead() {
        String uid = postOk("/api/v2/incoming_leads/sip", SIP).at("/data/0").asString();

        JsonNode body = postOk("/api/v2/incoming_leads/decline", "{\"decline\":[\"" + uid + "\"],\"user_id\":1}");

        assertThat(body.path("data").has(uid)).isTrue();
        assertThat(this.account.pendingIncomingLeads()).isZero();
        assertThat(this.account.count(EntityType.LEAD)).isZero();
    }

    @Test
    void shouldListWithBothPagingStylesAndFilterByUid() {
        String form = postOk("/api/v2/incoming_leads/form", FORM).at("/data/0").asString();
        String sip = postOk("/api/v2/incoming_leads/sip", SIP).at("/data/0").asString();

        assertThat(getOk("/api/v2/incoming_leads?page_size=1&page=2").at("/_embedded/items"))
                .hasSize(1);
        assertThat(getOk("/api/v2/incoming_leads?limit_rows=1&limit_offset=1").at("/_embedded/items"))
                .hasSize(1);
        assertThat(getOk("/api/v2/incoming_leads?uid=" + sip)
                        .at("/_embedded/items/0/category")
                        .asString())
                .isEqualTo("sip");
        assertThat(getOk("/api/v2/incoming_leads?categories[]=forms")
                        .at("/_embedded/items/0/uid")
                        .asString())
                .isEqualTo(form);
        assertThat(getOk("/api/v2/incoming_leads?uid=" + sip)
                        .at("/_embedded/items/0/incoming_lead_info/date")
                        .asLong())
                .isEqualTo(1700000000L);
        assertThat(this.http
                        .get(HOST, "/api/v2/incoming_leads?page_size=2&page=2")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void shouldSummarizeIncomingLeadsByCategory() {
        postOk("/api/v2/incoming_leads/form", FORM);
        postOk("/api/v2/incoming_leads/sip", SIP);

        JsonNode summary = getOk("/api/v2/incoming_leads/summary?filter[date][from]=1600000000");

        assertThat(summary.path("form").asInt()).isEqualTo(1);
        assertThat(summary.path("sip").asInt()).isEqualTo(1);
        assertThat(summary.path("total").asInt()).isEqualTo(2);
        assertThat(getOk("/api/v2/incoming_leads/summary?filter[date][from]=1800000000")
                        .path("total")
                        .asInt())
                .isZero();
    }
}
