package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.IncomingLeadAcceptance;
import io.github.amocrmspring.entity.IncomingLeadQuery;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.CustomFieldValue;
import io.github.amocrmspring.model.IncomingLead;
import io.github.amocrmspring.model.IncomingLeadsSummary;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.model.PipelineStatus;
import io.github.amocrmspring.test.server.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with incoming leads" example, step by step. */
class IncomingLeadExamplesTests extends FakeAmoTests {

    private static final AtomicInteger formIds = new AtomicInteger();

    private IncomingLead formRequest(String leadName) {
        long phone = account().customFieldId(EntityType.CONTACT, "PHONE");
        long email = account().customFieldId(EntityType.CONTACT, "EMAIL");
        long orderField = account().addCustomField(EntityType.LEAD, "Order " + leadName, 1);
        Lead lead = new Lead(leadName).setCustomField(orderField, "#1543252");
        Contact contact = new Contact("Ганс-Дитрих Геншер")
                .setCustomFieldValues(phone, CustomFieldValue.withEnum("+10349654820", "WORK"))
                .setCustomFieldValues(email, CustomFieldValue.withEnum("hans@example.com", "WORK"));
        return IncomingLead.fromForm()
                .setInfo("form_id", formIds.incrementAndGet())
                .setInfo("form_page", "https://www.example.com")
                .setInfo("form_name", "Home page form")
                .addLead(lead)
                .addContact(contact)
                .addCompany(new Company("Freie Demokratische Partei"));
    }

    @Test
    void shouldAddAFormRequestFindItAcceptAndDecline() {
        IncomingLead request = formRequest("Новая заявка с сайта");

        String uid = this.amo.incomingLeads().add(request);

        assertThat(uid).isNotBlank().isEqualTo(request.getUid());
        JsonNode added =
                onlyBody("POST", "/api/v2/incoming_leads/form").get("add").get(0);
        assertThat(added.get("created_at").asLong()).isPositive();
        assertThat(added.get("incoming_lead_info").get("form_id").asInt()).isPositive();
        assertThat(added.get("incoming_lead_info").get("form_page").asString()).isEqualTo("https://www.example.com");
        JsonNode entities = added.get("incoming_entities");
        assertThat(entities.get("leads").get(0).get("name").asString()).isEqualTo("Новая заявка с сайта");
        assertThat(entities.get("contacts").get(0).get("custom_fields")).hasSize(2);
        assertThat(entities.get("companies").get(0).get("name").asString()).isEqualTo("Freie Demokratische Partei");

        IncomingLead read = this.amo.incomingLeads().findByUid(uid).orElseThrow();
        assertThat(read.getCategory()).isEqualTo("form");

        List<IncomingLead> forms;
        try (Stream<IncomingLead> stream =
                this.amo.incomingLeads().stream(IncomingLeadQuery.all().categories("forms"))) {
            forms = stream.toList();
        }
        assertThat(forms).extracting(IncomingLead::getUid).contains(uid);

        String declined = this.amo.incomingLeads().add(formRequest("To decline"));
        this.server.journal().clear();
        long user = account().adminUserId();
        Map<String, IncomingLeadAcceptance> accepted =
                this.amo.incomingLeads().accept(List.of(uid), user, PipelineStatus.WON);
        assertThat(onlyBody("POST", "/api/v2/incoming_leads/accept").toString())
                .isEqualTo("{\"accept\":[\"" + uid + "\"],\"user_id\":" + user + ",\"status_id\":142}");
        assertThat(accepted.get(uid).leadIds()).hasSize(1);
        assertThat(account()
                        .entity(EntityType.LEAD, accepted.get(uid).leadIds().get(0))
                        .get("name")
                        .asString())
                .isEqualTo("Новая заявка с сайта");

        Map<String, JsonNode> result = this.amo.incomingLeads().decline(List.of(declined), user);
        assertThat(onlyBody("POST", "/api/v2/incoming_leads/decline").toString())
                .isEqualTo("{\"decline\":[\"" + declined + "\"],\"user_id\":" + user + "}");
        assertThat(result).containsKey(declined);
    }

    @Test
    void shouldAddManyRequestsFromFormsAndCallsInOrder() {
        List<IncomingLead> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            requests.add(formRequest("Form " + i));
            IncomingLead call = IncomingLead.fromCall()
                    .setInfo("to", account().adminUserId())
                    .setInfo("from", "+7945000000" + i)
                    .setInfo("date_call", Instant.now().getEpochSecond())
                    .setInfo("duration", 60 + i)
                    .setInfo("service_code", "telephony")
                    .addLead(new Lead("Call " + i));
            requests.add(call);
        }

        List<String> uids = this.amo.incomingLeads().addAll(requests);

        assertThat(uids).hasSize(6).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(requests).extracting(IncomingLead::getUid).containsExactlyElementsOf(uids);
        assertThat(onlyBody("POST", "/api/v2/incoming_leads/form").get("add")).hasSize(3);
        assertThat(onlyBody("POST", "/api/v2/incoming_leads/sip").get("add")).hasSize(3);
        IncomingLead call = this.amo.incomingLeads().findByUid(uids.get(1)).orElseThrow();
        assertThat(call.getCategory()).isEqualTo("sip");
    }

    @Test
    void shouldCountRequests() {
        this.amo.incomingLeads().add(formRequest("Counted"));

        IncomingLeadsSummary summary = this.amo.incomingLeads().summary(Instant.ofEpochSecond(1), null);

        assertThat(summary.getTotal()).isPositive();
        assertThat(onlyRequest("GET", "/api/v2/incoming_leads/summary")
                        .queryParameters()
                        .toString())
                .contains("\"date\"")
                .contains("\"from\":\"1\"");
    }
}
