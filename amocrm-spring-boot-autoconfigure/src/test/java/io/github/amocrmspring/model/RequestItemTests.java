package io.github.amocrmspring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestItemTests {

    private final JsonMapper mapper = JsonMapper.shared();

    @Test
    void shouldSendAllFieldsOfANewLead() {
        Lead lead = new Lead("Order / 1");
        lead.setResponsibleUserId(12358394L);
        lead.setPipelineId(45232121L);
        lead.setStatusId(142L);
        lead.setSale(15000L);
        lead.setCustomField(11, "v");
        lead.addTags("t1");
        lead.linkContacts(7);

        assertThat(lead.toRequestItem().toString())
                .isEqualTo("{\"name\":\"Order / 1\",\"responsible_user_id\":12358394,"
                        + "\"custom_fields\":[{\"id\":11,\"values\":[{\"value\":\"v\"}]}],\"tags\":[\"t1\"],"
                        + "\"status_id\":142,\"sale\":15000,\"pipeline_id\":45232121,\"contacts_id\":[7]}");
    }

    @Test
    void shouldSendFirstAndLastNameOfAContact() {
        Contact contact = new Contact("Olof Palme");
        contact.setFirstName("Olof");
        contact.setLastName("Palme");

        JsonNode item = contact.toRequestItem();

        assertThat(item.get("first_name").asString()).isEqualTo("Olof");
        assertThat(item.get("last_name").asString()).isEqualTo("Palme");
    }

    @Test
    void shouldSendTheFieldsOfATask() {
        Task task = new Task(TaskType.LETTER, "Write a letter").attachToContact(12367433);
        task.setCompleteTillAt(Instant.ofEpochSecond(1508706000));
        task.setCompleted(false);
        task.setResultText("done");

        assertThat(task.toRequestItem().toString())
                .isEqualTo("{\"element_id\":12367433,\"element_type\":1,\"complete_till_at\":1508706000,"
                        + "\"task_type\":3,\"text\":\"Write a letter\",\"is_completed\":false,"
                        + "\"result\":{\"text\":\"done\"}}");
    }

    @Test
    void shouldCopyTheTextOfSmsAndSystemNotesIntoParams() {
        Note sms = new Note(NoteType.SMS_OUT, "sms").attachToLead(1).setParam("phone", "+7945");
        Note common = new Note(NoteType.COMMON, "text").attachToLead(1);

        assertThat(sms.toRequestItem().toString())
                .isEqualTo("{\"element_id\":1,\"element_type\":2,\"note_type\":103,\"text\":\"sms\","
                        + "\"params\":{\"phone\":\"+7945\",\"text\":\"sms\"}}");
        assertThat(common.toRequestItem().has("params")).isFalse();
    }

    @Test
    void shouldSendTheFieldsOfCatalogsAndElements() {
        Catalog catalog = new Catalog("Stock");
        catalog.setType("regular");
        catalog.setCanLinkMultiple(true);
        CatalogElement element = new CatalogElement(4422, "Gel pen").setCustomField(20423, "SKU 14567323");

        assertThat(catalog.toRequestItem().toString())
                .isEqualTo("{\"name\":\"Stock\",\"type\":\"regular\",\"can_link_multiple\":true}");
        assertThat(element.toRequestItem().toString())
                .isEqualTo("{\"name\":\"Gel pen\",\"custom_fields\":[{\"id\":20423,\"values\":"
                        + "[{\"value\":\"SKU 14567323\"}]}],\"catalog_id\":4422}");
    }

    @Test
    void shouldSendChangedUnknownKeysButNotTheOnesRead() {
        Lead lead = this.mapper.readValue("{\"id\":1,\"loss_reason_id\":4,\"_links\":{}}", Lead.class);

        lead.setOtherField("company_name", "New Co");

        assertThat(lead.toRequestItem().toString()).isEqualTo("{\"id\":1,\"company_name\":\"New Co\"}");
    }

    @Test
    void shouldBuildAnIncomingLeadFromAForm() {
        Lead lead = new Lead("New request").setCustomField(25475362, "#1543252");
        Contact contact =
                new Contact("Hans").setCustomFieldValues(255114, CustomFieldValue.withEnum("+10349654820", "WORK"));
        IncomingLead incoming = IncomingLead.fromForm()
                .setInfo("form_id", 1)
                .setInfo("form_page", "https://www.example.com")
                .addLead(lead)
                .addContact(contact)
                .addCompany(new Company("FDP"));
        incoming.setSourceName("site");
        incoming.setCreatedAt(Instant.ofEpochSecond(1509051600));

        JsonNode item = incoming.toRequestItem();

        assertThat(incoming.getCategory()).isEqualTo(IncomingLead.FORM);
        assertThat(item.get("created_at").asLong()).isEqualTo(1509051600L);
        assertThat(item.get("incoming_lead_info").toString())
                .isEqualTo("{\"form_id\":1,\"form_page\":\"https://www.example.com\"}");
        assertThat(item.get("incoming_entities")
                        .get("leads")
                        .get(0)
                        .get("custom_fields")
                        .toString())
                .isEqualTo("[{\"id\":25475362,\"values\":[{\"value\":\"#1543252\"}]}]");
        assertThat(item.get("incoming_entities")
                        .get("contacts")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Hans");
        assertThat(item.get("incoming_entities")
                        .get("companies")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("FDP");
    }

    @Test
    void shouldTakeIdAndUpdatedAtWhenSaved() {
        Lead lead = new Lead("x");

        lead.markSaved(42, Instant.ofEpochSecond(100));

        assertThat(lead.getId()).isEqualTo(42L);
        assertThat(lead.getUpdatedAt()).isEqualTo(Instant.ofEpochSecond(100));
        assertThat(lead.isNew()).isFalse();
    }
}
