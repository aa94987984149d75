package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

// tag::readme-service[]
@Service
public class LeadReport {

    private final AmoTemplate amo;

    public LeadReport(AmoTemplate amo) {
        this.amo = amo;
    }

    public long countOpenLeads() {
        try (Stream<Lead> leads = this.amo.leads().stream(LeadQuery.all().activeOnly())) {
            return leads.count();
        }
    }

    public Lead createLead(String name, long sale) {
        Lead lead = new Lead(name);
        lead.setSale(sale);
        return this.amo.leads().save(lead); // the id amoCRM gave is now lead.getId()
    }
}
// end::readme-service[]
