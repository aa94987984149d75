package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.ContactQuery;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.CustomField;
import io.github.amocrmspring.model.CustomFieldValue;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with contacts" example, step by step. */
class ContactExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryContactMatchingAQuery() {
        long hans = account().addContact("Ганс-Дитрих Геншер");
        account().addContact("Улоф Пальме");

        List<Contact> found;
        try (Stream<Contact> contacts =
                this.amo.contacts().stream(ContactQuery.all().query("Ганс"))) {
            found = contacts.toList();
        }

        assertThat(found).extracting(Contact::getId).contains(hans);
        assertThat(found).extracting(Contact::getName).allMatch(name -> name.contains("Ганс"));
        RecordedRequest first = requests("GET", "/api/v2/contacts").get(0);
        assertThat(first.queryParameter("query")).isEqualTo("Ганс");
        assertThat(first.queryParameter("limit_rows")).isEqualTo("500");
        assertThat(first.queryParameter("limit_offset")).isEqualTo("0");
    }

    @Test
    void shouldLoadOnePageOfContacts() {
        account().seedContacts(3);

        this.amo.contacts().find(ContactQuery.all().limitRows(100).limitOffset(1000));

        RecordedRequest request = onlyRequest("GET", "/api/v2/contacts");
        assertThat(request.queryParameter("limit_rows")).isEqualTo("100");
        assertThat(request.queryParameter("limit_offset")).isEqualTo("1000");
    }

    @Test
    void shouldCreateAContactWithCustomFieldsAndWriteItsIdBack() {
        long position = account().customFieldId(EntityType.CONTACT, "POSITION");
        long phone = account().customFieldId(EntityType.CONTACT, "PHONE");
        long email = account().customFieldId(EntityType.CONTACT, "EMAIL");
        long responsible = account().adminUserId();
        Contact contact = new Contact("Ганс-Дитрих Геншер");
        contact.setResponsibleUserId(responsible);
        contact.setCustomField(position, 41)
                .setCustomFieldValues(phone, CustomFieldValue.withEnum("+79451112233", "WORK"))
                .setCustomFieldValues(email, CustomFieldValue.withEnum("hans@example.com", "WORK"));

        this.amo.contacts().save(contact);

        JsonNode added = onlyBody("POST", "/api/v2/contacts").get("add").get(0);
        assertThat(added.get("name").asString()).isEqualTo("Ганс-Дитрих Геншер");
        assertThat(added.get("responsible_user_id").asLong()).isEqualTo(responsible);
        assertThat(added.get("custom_fields").toString())
                .isEqualTo("[{\"id\":" + position + ",\"values\":[{\"value\":41}]},"
                        + "{\"id\":" + phone + ",\"values\":[{\"value\":\"+79451112233\",\"enum\":\"WORK\"}]},"
                        + "{\"id\":" + email + ",\"values\":[{\"value\":\"hans@example.com\",\"enum\":\"WORK\"}]}]");
        assertThat(contact.getId()).isNotNull();
        JsonNode stored = account().entity(EntityType.CONTACT, contact.getId());
        assertThat(stored.get("name").asString()).isEqualTo("Ганс-Дитрих Геншер");

        Contact read = this.amo.contacts().findById(contact.getId()).orElseThrow();
        assertThat(read.getPhone()).contains("+79451112233");
        assertThat(read.getEmail()).contains("hans@example.com");
        assertThat(read.getCustomFieldValue(position)).contains("41");
    }

    @Test
    void shouldUpdateAContactByIdSendingFirstAndLastName() {
        long id = account().addContact("Olof");
        Contact contact = new Contact("Улоф Йоаким Пальме");
        contact.setId(id);
        contact.setFirstName("Улоф");
        contact.setLastName("Пальме");

        this.amo.contacts().save(contact);

        JsonNode updated = onlyBody("POST", "/api/v2/contacts").get("update").get(0);
        assertThat(updated.get("id").asLong()).isEqualTo(id);
        assertThat(updated.get("name").asString()).isEqualTo("Улоф Йоаким Пальме");
        assertThat(updated.get("first_name").asString()).isEqualTo("Улоф");
        assertThat(updated.get("last_name").asString()).isEqualTo("Пальме");
        assertThat(updated.get("updated_at").asLong())
                .as("the updated_at amoCRM held, read first since the contact was never read")
                .isPositive();
        JsonNode stored = account().entity(EntityType.CONTACT, id);
        assertThat(stored.get("first_name").asString()).isEqualTo("Улоф");
        assertThat(stored.get("last_name").asString()).isEqualTo("Пальме");
        assertThat(contact.getUpdatedAt()).isNotNull();
    }

    @Test
    void shouldSaveNewAndExistingContactsInOneRequest() {
        long existing = account().addContact("Existing");
        Contact added = new Contact("New one");
        Contact updated = this.amo.contacts().findById(existing).orElseThrow();
        updated.setName("Renamed");

        BatchResult<Contact> result = this.amo.contacts().saveAll(List.of(added, updated));

        assertThat(result.hasFailures()).isFalse();
        assertThat(result.saved()).containsExactly(added, updated);
        assertThat(added.getId()).isNotNull();
        JsonNode body = onlyBody("POST", "/api/v2/contacts");
        assertThat(body.get("add")).hasSize(1);
        assertThat(body.get("update").get(0).get("name").asString()).isEqualTo("Renamed");
        assertThat(account().entity(EntityType.CONTACT, existing).get("name").asString())
                .isEqualTo("Renamed");
    }

    @Test
    void shouldReadCustomFieldsOfAContact() {
        long phone = account().customFieldId(EntityType.CONTACT, "PHONE");
        long position = account().customFieldId(EntityType.CONTACT, "POSITION");
        Contact contact = new Contact("Hans")
                .setCustomFieldValues(
                        phone, CustomFieldValue.withEnum("+7 1", "WORK"), CustomFieldValue.withEnum("+7 2", "MOB"))
                .setCustomField(position, "Minister");
        this.amo.contacts().save(contact);

        Contact read = this.amo.contacts().findById(contact.getId()).orElseThrow();

        assertThat(read.getCustomFields(phone, position))
                .extracting(CustomField::getId)
                .containsExactlyInAnyOrder(phone, position);
        assertThat(read.getCustomFieldValue(phone)).contains("+7 1");
        assertThat(read.getCustomFieldValues(phone)).containsExactly("+7 1", "+7 2");
        assertThat(read.getCustomFieldEnum(phone))
                .contains(String.valueOf(account().enumId(phone, "WORK")));
        assertThat(read.getCustomFieldEnums(phone))
                .containsExactly(
                        String.valueOf(account().enumId(phone, "WORK")),
                        String.valueOf(account().enumId(phone, "MOB")));
    }

    @Test
    void shouldLinkLeadsAndCustomersAndChangeTags() {
        long id = account().addContact("Hans");
        long lead1 = account().addLead("Lead 1");
        long lead2 = account().addLead("Lead 2");
        Contact contact = this.amo.contacts().findById(id).orElseThrow();
        contact.addTags("курьер");
        this.amo.contacts().save(contact);
        this.server.journal().clear();

        contact.linkLeads(lead1, lead2).linkCustomers(1237374, 1239658);
        contact.addTags("сотрудник", "стажер").removeTags("курьер");
        this.amo.contacts().save(contact);

        JsonNode updated = onlyBody("POST", "/api/v2/contacts").get("update").get(0);
        assertThat(updated.get("leads_id").toString()).isEqualTo("[" + lead1 + "," + lead2 + "]");
        assertThat(updated.get("customers_id").toString()).isEqualTo("[1237374,1239658]");
        assertThat(updated.get("tags").toString()).isEqualTo("[\"сотрудник\",\"стажер\"]");
        Contact read = this.amo.contacts().findById(id).orElseThrow();
        assertThat(read.getLeadIds()).containsExactlyInAnyOrder(lead1, lead2);
        assertThat(read.getTagNames()).containsExactlyInAnyOrder("сотрудник", "стажер");
    }

    @Test
    void shouldLinkALeadToEveryContactOfAResponsibleUser() {
        long user = account().addUser("Manager", "manager@example.com");
        long lead = account().addLead("Shared lead");
        List<Contact> contacts = this.amo.contacts().find(ContactQuery.all().responsibleUser(user));
        assertThat(contacts).isEmpty();
        Contact first = new Contact("First");
        first.setResponsibleUserId(user);
        Contact second = new Contact("Second");
        second.setResponsibleUserId(user);
        this.amo.contacts().saveAll(List.of(first, second)).orThrow();
        this.server.journal().clear();

        List<Contact> theirs = this.amo.contacts().find(ContactQuery.all().responsibleUser(user));
        theirs.forEach(contact -> contact.linkLeads(lead));
        this.amo.contacts().saveAll(theirs).orThrow();

        assertThat(requests("GET", "/api/v2/contacts").get(0).queryParameter("responsible_user_id"))
                .isEqualTo(String.valueOf(user));
        JsonNode body = onlyBody("POST", "/api/v2/contacts");
        assertThat(body.get("update")).hasSize(2);
        body.get("update")
                .forEach(item -> assertThat(item.get("leads_id").toString()).isEqualTo("[" + lead + "]"));
        assertThat(this.amo.contacts().findById(first.getId()).orElseThrow().getLeadIds())
                .containsExactly(lead);
    }
}
