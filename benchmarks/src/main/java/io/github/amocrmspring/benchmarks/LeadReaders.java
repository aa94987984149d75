package io.github.amocrmspring.benchmarks;

import io.github.amocrmspring.client.AmoResponse;
import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import java.util.Map;
import java.util.stream.Stream;

/** The two ways the suite reads every lead of an account: the starter's stream, and page after page by hand. */
final class LeadReaders {

    private LeadReaders() {}

    /** Read every lead with the starter's stream; return how many there were. */
    static int streamWithStarter(AmoTemplate amo) {
        try (Stream<Lead> leads = amo.leads().stream(LeadQuery.all())) {
            return (int) leads.filter((lead) -> lead.getId() != null).count();
        }
    }

    /**
     * Read every lead through the raw API, asking for each page only when the previous one has arrived, as a
     * client without look-ahead does; return how many there were.
     */
    static int readPageByPage(AmoTemplate amo) {
        int read = 0;
        while (true) {
            AmoResponse page = amo.get(
                    "/api/v2/leads", Map.of("limit_rows", AmoLimits.ENTITIES_PER_REQUEST, "limit_offset", read));
            if (page.isEmpty()) {
                return read;
            }
            int items = page.items().size();
            read += items;
            if (items < AmoLimits.ENTITIES_PER_REQUEST) {
                return read;
            }
        }
    }
}
