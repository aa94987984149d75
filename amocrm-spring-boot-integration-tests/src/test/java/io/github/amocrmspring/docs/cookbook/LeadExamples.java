package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.BatchResult;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lead examples of the cookbook. */
final class LeadExamples {

    private static final Logger log = LoggerFactory.getLogger(LeadExamples.class);

    private LeadExamples() {}

    static List<Lead> read(AmoTemplate amo, long responsibleUserId) {
        // tag::leads-read[]
        // Every lead of a user
        try (Stream<Lead> leads = amo.leads().stream(LeadQuery.all().responsibleUser(responsibleUserId))) {
            leads.forEach(lead -> log.info("Lead {}: {}, sale {}", lead.getId(), lead.getName(), lead.getSale()));
        }

        // One page of leads
        List<Lead> page = amo.leads().find(LeadQuery.all().limitRows(250).limitOffset(2000));

        // Filters of the leads list
        List<Lead> recentOpenLeads = amo.leads()
                .find(LeadQuery.all()
                        .activeOnly()
                        .createdBetween(Instant.now().minus(7, ChronoUnit.DAYS), null)
                        .with("loss_reason_name"));
        // end::leads-read[]
        log.info("{} open leads created this week", recentOpenLeads.size());
        return page;
    }

    static Lead create(
            AmoTemplate amo,
            long responsibleUserId,
            long pipelineId,
            long textFieldId,
            long multiselectFieldId,
            long[] enumIds,
            long contactId,
            long companyId,
            long catalogId,
            long[] elementIds) {
        // tag::leads-create[]
        Lead lead = new Lead("Заказ № 964023");
        lead.setResponsibleUserId(responsibleUserId);
        lead.setPipelineId(pipelineId);
        lead.setStatusId(142L); // "won"; the shared statuses 142 and 143 need the pipeline
        lead.setSale(15000L);
        lead.setCustomField(textFieldId, "Акционерное общество")
                .setCustomFieldEnums(multiselectFieldId, enumIds[0], enumIds[1], enumIds[2])
                .linkContacts(contactId)
                .linkCompany(companyId)
                .linkCatalogElement(catalogId, elementIds[0], 10)
                .linkCatalogElement(catalogId, elementIds[1], 5)
                .addTags("Акционер");

        amo.leads().save(lead);
        long leadId = lead.getId();
        // end::leads-create[]
        log.info("Created lead {}", leadId);
        return lead;
    }

    static BatchResult<Lead> updateAndSaveAll(AmoTemplate amo, Lead newLead, long leadId) {
        // tag::leads-update[]
        Lead changed = new Lead();
        changed.setId(leadId);
        changed.setSale(175000L);
        amo.leads().save(changed);

        // Several leads, new and existing, in input order
        BatchResult<Lead> result = amo.leads().saveAll(List.of(newLead, changed));
        // end::leads-update[]
        return result;
    }

    static Lead unlinkAndReadFields(AmoTemplate amo, long leadId, long contactId, long companyId, long fieldId) {
        // tag::leads-unlink[]
        Lead lead = amo.leads()
                .update(leadId, toChange -> toChange.unlinkContacts(contactId).unlinkCompany(companyId));

        Optional<String> value = lead.getCustomFieldValue(fieldId);
        List<String> values = lead.getCustomFieldValues(fieldId);
        List<String> enums = lead.getCustomFieldEnums(fieldId);
        // end::leads-unlink[]
        log.info("{} {} {}", value, values, enums);
        return lead;
    }

    static List<Lead> linkCompanyToMany(AmoTemplate amo, long responsibleUserId, long companyId) {
        // tag::leads-batch-link[]
        List<Lead> leads = amo.leads().find(LeadQuery.all().responsibleUser(responsibleUserId));
        leads.forEach(lead -> lead.linkCompany(companyId));
        amo.leads().saveAll(leads).orThrow();
        // end::leads-batch-link[]
        return leads;
    }
}
