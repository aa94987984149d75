package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.ContactQuery;
import io.github.amocrmspring.model.Contact;
import io.github.amocrmspring.model.CustomField;
import io.github.amocrmspring.model.CustomFieldValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The contact examples of the cookbook. */
final class ContactExamples {

    private static final Logger log = LoggerFactory.getLogger(ContactExamples.class);

    private ContactExamples() {}

    static List<Contact> read(AmoTemplate amo) {
        // tag::contacts-read[]
        // Every contact that matches a search, read lazily, a page at a time
        try (Stream<Contact> contacts = amo.contacts().stream(ContactQuery.all().query("Ганс"))) {
            contacts.forEach(contact -> log.info("Contact {}: {}", contact.getId(), contact.getName()));
        }

        // One page: 100 contacts after the first 1000
        List<Contact> page =
                amo.contacts().find(ContactQuery.all().limitRows(100).limitOffset(1000));
        // end::contacts-read[]
        return page;
    }

    static Contact create(
            AmoTemplate amo, long responsibleUserId, long positionFieldId, long phoneFieldId, long emailFieldId) {
        // tag::contacts-create[]
        Contact contact = new Contact("Ганс-Дитрих Геншер");
        contact.setResponsibleUserId(responsibleUserId);
        contact.setCustomField(positionFieldId, "Министр")
                .setCustomFieldValues(phoneFieldId, CustomFieldValue.withEnum("+79451112233", "WORK"))
                .setCustomFieldValues(emailFieldId, CustomFieldValue.withEnum("hans@example.com", "WORK"));

        amo.contacts().save(contact);
        long contactId = contact.getId(); // the new id is written back to the contact
        // end::contacts-create[]
        log.info("Created contact {}", contactId);
        return contact;
    }

    static Contact updateById(AmoTemplate amo, long contactId) {
        // tag::contacts-update[]
        // Change a contact without reading it first: only the fields set here are sent
        Contact contact = new Contact("Улоф Йоаким Пальме");
        contact.setId(contactId);
        contact.setFirstName("Улоф");
        contact.setLastName("Пальме");
        amo.contacts().save(contact);
        // end::contacts-update[]
        return contact;
    }

    static BatchResult<Contact> saveAll(AmoTemplate amo, Contact first, Contact second) {
        // tag::contacts-save-all[]
        // New contacts are added, the others updated, 250 per request (amocrm.batch-size)
        BatchResult<Contact> result = amo.contacts().saveAll(List.of(first, second));
        result.saved().forEach(contact -> log.info("Saved contact {}", contact.getId()));
        result.failures()
                .forEach(failure -> log.warn(
                        "Contact #{} not saved: {}",
                        failure.index(),
                        failure.error().message()));
        // end::contacts-save-all[]
        return result;
    }

    static Contact readFields(AmoTemplate amo, long contactId, long phoneFieldId, long emailFieldId) {
        // tag::contacts-read-fields[]
        Contact contact = amo.contacts().findById(contactId).orElseThrow();

        List<CustomField> allFields = contact.getCustomFields();
        List<CustomField> someFields = contact.getCustomFields(phoneFieldId, emailFieldId);
        Optional<String> firstPhone = contact.getCustomFieldValue(phoneFieldId);
        List<String> allPhones = contact.getCustomFieldValues(phoneFieldId);
        Optional<String> firstPhoneEnum = contact.getCustomFieldEnum(phoneFieldId);
        List<String> allPhoneEnums = contact.getCustomFieldEnums(phoneFieldId);
        Optional<String> phone = contact.getPhone(); // the first phone number
        Optional<String> email = contact.getEmail(); // the first e-mail address
        Map<String, JsonNode> unmapped = contact.getOtherFields(); // what amoCRM sent that has no typed property
        // end::contacts-read-fields[]
        log.info(
                "{} {} {} {} {} {} {} {} {}",
                allFields,
                someFields,
                firstPhone,
                allPhones,
                firstPhoneEnum,
                allPhoneEnums,
                phone,
                email,
                unmapped.keySet());
        return contact;
    }

    static Contact linksAndTags(AmoTemplate amo, long contactId, long firstLeadId, long secondLeadId) {
        // tag::contacts-links-and-tags[]
        // Read, change and save under the lock of the contact
        Contact contact = amo.contacts()
                .update(
                        contactId,
                        toChange -> toChange.linkLeads(firstLeadId, secondLeadId)
                                .addTags("сотрудник", "стажер")
                                .removeTags("курьер"));
        // end::contacts-links-and-tags[]
        return contact;
    }

    static List<Contact> linkLeadToMany(AmoTemplate amo, long responsibleUserId, long leadId) {
        // tag::contacts-batch-link[]
        List<Contact> contacts = amo.contacts().find(ContactQuery.all().responsibleUser(responsibleUserId));
        contacts.forEach(contact -> contact.linkLeads(leadId));
        amo.contacts().saveAll(contacts).orThrow(); // throws EntityBatchException if any contact was not saved
        // end::contacts-batch-link[]
        return contacts;
    }
}
