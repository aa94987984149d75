package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.CatalogElementQuery;
import io.github.amocrmspring.entity.LeadQuery;
import io.github.amocrmspring.model.CatalogElement;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stream asks for its second page without waiting for the first one when the first is slow to come
 * ({@code amocrm.stream.second-page-after}, 150 ms by default), and only then.
 */
class StreamSecondPageTests extends FakeAmoTests {

    @BeforeEach
    void warmUpAndForgetEntities() {
        // the first leads read in a JVM (connections, classes, JSON mapping) take longer than any later read
        account().seedLeads(1);
        this.amo.leads().find(LeadQuery.all());
        account().reset();
    }

    @AfterEach
    void answerWithoutDelay() {
        this.server.latency(Duration.ZERO);
    }

    @Test
    void shouldReadEveryPageOnceWhenTheSecondPageIsAskedForEarly() {
        account().seedLeads(1200);
        this.server.journal().clear();
        this.server.latency(Duration.ofMillis(300));

        try (Stream<?> leads = this.amo.leads().stream(LeadQuery.all())) {
            assertThat(leads.count()).isEqualTo(1200);
        }

        List<RecordedRequest> pages = requests("GET", "/api/v2/leads");
        assertThat(pages)
                .extracting(page -> page.queryParameter("limit_offset"))
                .doesNotHaveDuplicates()
                .contains("0", "500", "1000");
        assertThat(pages).extracting(RecordedRequest::status).doesNotContain(429);
    }

    @Test
    void shouldReadEveryCatalogElementOnceWhenTheSecondPageIsAskedForEarly() {
        long catalog = account().addCatalog("Slow catalog");
        List<CatalogElement> elements = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            elements.add(new CatalogElement(catalog, "Item " + i));
        }
        this.amo.catalogElements().saveAll(elements).orThrow();
        this.server.journal().clear();
        this.server.latency(Duration.ofMillis(300));

        List<CatalogElement> read;
        try (Stream<CatalogElement> stream = this.amo.catalogElements().stream(CatalogElementQuery.of(catalog))) {
            read = stream.toList();
        }

        assertThat(read).hasSize(120).extracting(CatalogElement::getId).doesNotHaveDuplicates();
    }

    @Test
    void shouldSendOneRequestForAOnePageListThatIsAnsweredInTime() throws InterruptedException {
        account().seedLeads(3);
        this.server.journal().clear();

        try (Stream<?> leads = this.amo.leads().stream(LeadQuery.all())) {
            assertThat(leads.count()).isEqualTo(3);
        }
        Thread.sleep(300);

        assertThat(requests("GET", "/api/v2/leads")).hasSize(1);
    }

    @Test
    void shouldSendOneRequestForAOnePageListWhileOtherRequestsKeepTheRateLimiterBusy() throws Exception {
        account().seedLeads(3);
        this.server.journal().clear();
        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> busy = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                busy.add(others.submit(() -> {
                    for (int request = 0; request < 4; request++) {
                        this.amo.get("/api/v2/account");
                    }
                }));
            }
            Thread.sleep(50);

            try (Stream<?> leads = this.amo.leads().stream(LeadQuery.all())) {
                assertThat(leads.count()).isEqualTo(3);
            }
            for (Future<?> requests : busy) {
                requests.get(10, TimeUnit.SECONDS);
            }
        } finally {
            others.shutdownNow();
        }
        Thread.sleep(300);

        assertThat(requests("GET", "/api/v2/leads")).hasSize(1);
    }

    @Test
    void shouldSpendOneRequestMoreOnAOnePageListWhenAnswersAreSlow() throws InterruptedException {
        account().seedLeads(3);
        this.server.journal().clear();
        this.server.latency(Duration.ofMillis(300));

        try (Stream<?> leads = this.amo.leads().stream(LeadQuery.all())) {
            assertThat(leads.count()).isEqualTo(3);
        }
        Thread.sleep(500);

        assertThat(requests("GET", "/api/v2/leads")).hasSize(2);
    }
}
