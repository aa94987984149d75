package io.github.amocrmspring.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.docs.cookbook.LeadReport;
import io.github.amocrmspring.test.AutoConfigureAmoFakeServer;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

// tag::testing-spring[]
@SpringBootTest(properties = "amocrm.retry.initial-interval=10ms")
@AutoConfigureAmoFakeServer
class LeadReportTests {

    @Autowired
    private LeadReport report;

    @Autowired
    private AmoFakeServer amo;

    @BeforeEach
    void resetFake() {
        this.amo.reset(); // the context, and so the fake, is shared by the tests of the class
    }

    @Test
    void countsOpenLeads() {
        this.amo.defaultAccount().seedLeads(30);

        assertThat(this.report.countOpenLeads()).isEqualTo(30);
    }

    @Test
    void sendsTheSaleOfANewLead() {
        this.report.createLead("Заказ с сайта", 1500);

        RecordedRequest request = this.amo.journal().last("POST", "/api/v2/leads");
        JsonNode added = request.bodyAsJson().path("add").path(0);
        assertThat(added.path("name").asString()).isEqualTo("Заказ с сайта");
        assertThat(added.path("sale").asLong()).isEqualTo(1500);
    }

    @Test
    void readsAgainAfterABadGateway() {
        this.amo.defaultAccount().seedLeads(3);
        this.amo.failNext(502, 2); // the next two requests get 502

        assertThat(this.report.countOpenLeads()).isEqualTo(3);
        assertThat(this.amo.journal().countWithStatus(502)).isEqualTo(2);
    }
}
// end::testing-spring[]
