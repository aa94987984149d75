package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.CompanyQuery;
import io.github.amocrmspring.model.Company;
import io.github.amocrmspring.model.CustomField;
import io.github.amocrmspring.model.CustomFieldValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The company examples of the cookbook. */
final class CompanyExamples {

    private static final Logger log = LoggerFactory.getLogger(CompanyExamples.class);

    private CompanyExamples() {}

    static List<Company> read(AmoTemplate amo, long responsibleUserId) {
        // tag::companies-read[]
        // Every company that matches a search, from the 12000th on
        try (Stream<Company> companies =
                amo.companies().stream(CompanyQuery.all().query("OOO").limitOffset(12000))) {
            companies.forEach(company -> log.info("Company {}: {}", company.getId(), company.getName()));
        }

        // One page of the companies of a user
        List<Company> page = amo.companies()
                .find(CompanyQuery.all()
                        .responsibleUser(responsibleUserId)
                        .limitRows(250)
                        .limitOffset(1000));
        // end::companies-read[]
        return page;
    }

    static Company create(
            AmoTemplate amo,
            long responsibleUserId,
            long addressFieldId,
            long phoneFieldId,
            long emailFieldId,
            long contactId,
            long leadId) {
        // tag::companies-create[]
        Company company = new Company("ООО МММ");
        company.setResponsibleUserId(responsibleUserId);
        company.setCustomFieldValues(addressFieldId, CustomFieldValue.withSubtype("city", "Город Москва"))
                .setCustomFieldValues(phoneFieldId, CustomFieldValue.withEnum("+79457778899", "WORK"))
                .setCustomFieldValues(emailFieldId, CustomFieldValue.withEnum("mmm@example.com", "WORK"))
                .linkContacts(contactId)
                .linkLeads(leadId)
                .addTags("Акционер");

        amo.companies().save(company);
        long companyId = company.getId();
        // end::companies-create[]
        log.info("Created company {}", companyId);
        return company;
    }

    static Company updateById(AmoTemplate amo, long companyId, long createdBy) {
        // tag::companies-update[]
        Company company = new Company("ООО Рога и Копыта");
        company.setId(companyId);
        company.setCreatedBy(createdBy);
        amo.companies().save(company);
        // end::companies-update[]
        return company;
    }

    static Company readFields(AmoTemplate amo, long companyId, long addressFieldId, long phoneFieldId) {
        // tag::companies-read-fields[]
        Company company = amo.companies().findById(companyId).orElseThrow();

        List<CustomField> someFields = company.getCustomFields(addressFieldId, phoneFieldId);
        Optional<String> address = company.getCustomFieldValue(addressFieldId);
        List<String> addressParts = company.getCustomFieldValues(addressFieldId);
        Optional<String> firstSubtype = company.getCustomFieldSubtype(addressFieldId);
        Optional<String> firstPhoneEnum = company.getCustomFieldEnum(phoneFieldId);
        // end::companies-read-fields[]
        log.info("{} {} {} {} {}", someFields, address, addressParts, firstSubtype, firstPhoneEnum);
        return company;
    }

    static List<Company> linkLeadToMany(AmoTemplate amo, long responsibleUserId, long leadId) {
        // tag::companies-batch-link[]
        List<Company> companies = amo.companies().find(CompanyQuery.all().responsibleUser(responsibleUserId));
        companies.forEach(company -> company.linkLeads(leadId));
        amo.companies().saveAll(companies).orThrow();
        // end::companies-batch-link[]
        return companies;
    }
}
