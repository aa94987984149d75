package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.EntityContext;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.Lead;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Streaming every lead of a large account: each page read once, leads in order. How much memory it takes is measured
 * by the benchmarks ({@code benchmarks/}), not here.
 */
@SpringBootTest(classes = {EntityTestApplication.class, UnthrottledRateLimiterConfiguration.class})
@AutoConfigureAmoFakeServer(accountName = "big", requestsPerSecond = 0)
class LeadStreamingTests {

    private static final int LEADS = 100_000;

    @Autowired
    private AmoTemplate amo;

    @Autowired
    private AmoFakeServer server;

    @Test
    void shouldStreamAHundredThousandLeadsReadingEachPageOnce() {
        this.server.defaultAccount().seedLeads(LEADS);
        this.server.journal().clear();
        AtomicLong previousId = new AtomicLong();
        long count;

        try (Stream<Lead> leads = this.amo.leads().stream(LeadQuery.all())) {
            count = leads.peek(lead -> {
                        assertThat(lead.getId()).isGreaterThan(previousId.get());
                        previousId.set(lead.getId());
                    })
                    .filter(lead -> lead.getName().startsWith("Сделка"))
                    .count();
        }

        assertThat(count).isEqualTo(LEADS);
        List<RecordedRequest> pages = this.server.journal().requests("GET", "/api/v2/leads");
        List<RecordedRequest> pastTheEnd = pages.stream()
                .filter(page -> Integer.parseInt(page.queryParameter("limit_offset")) >= LEADS)
                .toList();
        assertThat(pages)
                .extracting(page -> Integer.parseInt(page.queryParameter("limit_offset")))
                .filteredOn(offset -> offset < LEADS)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, LEADS / 500)
                        .mapToObj(page -> page * 500)
                        .toList());
        assertThat(pages).extracting(page -> page.queryParameter("limit_rows")).containsOnly("500");
        assertThat(pastTheEnd)
                .as("reads past the last page: the one that ends the stream and those read ahead of it")
                .hasSizeBetween(1, 1 + EntityContext.DEFAULT_PREFETCH_PAGES)
                .allSatisfy(page -> assertThat(page.status()).isEqualTo(204));
    }
}
