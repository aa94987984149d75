package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.IncomingLeadAcceptance;
import io.github.amocrmspring.entity.IncomingLeadQuery;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.CustomFieldValue;
import io.github.amocrmspring.model.IncomingLead;
import io.github.amocrmspring.model.IncomingLeadsSummary;
import io.github.amocrmspring.model.Lead;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The incoming lead ("unsorted") examples of the cookbook. */
final class IncomingLeadExamples {

    private static final Logger log = LoggerFactory.getLogger(IncomingLeadExamples.class);

    private IncomingLeadExamples() {}

    static String addFromForm(AmoTemplate amo, long phoneFieldId, long emailFieldId) {
        // tag::incoming-leads-form[]
        IncomingLead request = IncomingLead.fromForm()
                .setInfo("form_id", 1)
                .setInfo("form_page", "https://www.example.com")
                .setInfo("form_name", "Home page form");
        request.setSourceName("Сайт");

        request.addLead(new Lead("Новая заявка с сайта"));

        Contact contact = new Contact("Ганс-Дитрих Геншер")
                .setCustomFieldValues(phoneFieldId, CustomFieldValue.withEnum("+10349654820", "WORK"))
                .setCustomFieldValues(emailFieldId, CustomFieldValue.withEnum("hans@example.com", "WORK"));
        request.addContact(contact);

        request.addCompany(new Company("Freie Demokratische Partei"));

        String uid = amo.incomingLeads().add(request);
        // end::incoming-leads-form[]
        return uid;
    }

    static String addFromCall(AmoTemplate amo) {
        // tag::incoming-leads-call[]
        IncomingLead call = IncomingLead.fromCall()
                .setInfo("to", "+74951234567")
                .setInfo("from", "+79521111111")
                .setInfo("date_call", Instant.now().getEpochSecond())
                .setInfo("duration", 65)
                .setInfo("link", "https://example.com/records/call.mp3")
                .setInfo("service_code", "telephony-widget")
                .setInfo("uniq", "call-8f14e45f")
                .setInfo("add_note", true);
        call.setSourceName("Телефония");
        call.addContact(new Contact("Звонок от 79521111111"));

        String uid = amo.incomingLeads().add(call);
        // end::incoming-leads-call[]
        return uid;
    }

    static IncomingLead read(AmoTemplate amo, String uid) {
        // tag::incoming-leads-read[]
        IncomingLead request = amo.incomingLeads().findByUid(uid).orElseThrow();
        log.info("{} from {}: {}", request.getCategory(), request.getSourceName(), request.getIncomingLeadInfo());

        // Every request from a form, a page at a time
        try (Stream<IncomingLead> requests =
                amo.incomingLeads().stream(IncomingLeadQuery.all().categories("forms"))) {
            requests.forEach(each -> log.info("Request {}", each.getUid()));
        }

        // How many requests there are, by category
        IncomingLeadsSummary summary = amo.incomingLeads().summary(null, null);
        // end::incoming-leads-read[]
        log.info("{}", summary);
        return request;
    }

    static Map<String, IncomingLeadAcceptance> accept(AmoTemplate amo, List<String> uids, long userId) {
        // tag::incoming-leads-accept[]
        // amoCRM creates the lead, contacts and companies of each request, here in status 142 ("won")
        Map<String, IncomingLeadAcceptance> accepted = amo.incomingLeads().accept(uids, userId, 142L);
        accepted.forEach((uid, created) -> log.info("Request {} became lead(s) {}", uid, created.leadIds()));
        // end::incoming-leads-accept[]
        return accepted;
    }

    static Map<String, JsonNode> decline(AmoTemplate amo, String uid, long userId) {
        // tag::incoming-leads-decline[]
        Map<String, JsonNode> declined = amo.incomingLeads().decline(List.of(uid), userId);
        // end::incoming-leads-decline[]
        return declined;
    }
}
