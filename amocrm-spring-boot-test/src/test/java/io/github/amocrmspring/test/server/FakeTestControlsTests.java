package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests of the test controls: journal, forced failures, dropped connections, latency, clock and reset. */
class FakeTestControlsTests {

    private static final String HOST = "acme.amocrm.ru";

    private AmoFakeServer server;

    private FakeHttp http;

    @BeforeEach
    void startServer() {
        this.server = AmoFakeServer.builder().requestsPerSecond(0).build().start();
        this.http = new FakeHttp(this.server).bearer(this.server.issueLongLivedToken(HOST));
    }

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldRecordEveryRequestWithItsAnswerInTheJournal() {
        this.http.get(HOST, "/api/v2/leads?limit_rows=10", "X-Trace", "t-1");
        this.http.postJson(HOST, "/api/v2/leads", "{\"add\":[{\"name\":\"Сделка\"}]}");

        RequestJournal journal = this.server.journal();
        assertThat(journal.count()).isEqualTo(2);
        RecordedRequest list = journal.requests().get(0);
        assertThat(list.method()).isEqualTo("GET");
        assertThat(list.host()).isEqualTo(HOST);
        assertThat(list.path()).isEqualTo("/api/v2/leads");
        assertThat(list.query()).isEqualTo("limit_rows=10");
        assertThat(list.queryParameter("limit_rows")).isEqualTo("10");
        assertThat(list.header("x-trace")).isEqualTo("t-1");
        assertThat(list.status()).isEqualTo(204);
        RecordedRequest save = journal.last("POST", "/api/v2/leads");
        assertThat(save.bodyAsJson().at("/add/0/name").asString()).isEqualTo("Сделка");
        assertThat(save.status()).isEqualTo(200);
    }

    @Test
    void shouldCountRequestsByMethodAndPath() {
        this.http.get(HOST, "/api/v2/leads");
        this.http.get(HOST, "/api/v2/leads");
        this.http.get(HOST, "/api/v2/contacts");

        assertThat(this.server.journal().count("GET", "/api/v2/leads")).isEqualTo(2);
        assertThat(this.server.journal().statuses()).containsExactly(204, 204, 204);
    }

    @Test
    void shouldNotShowTheBearerTokenWhenARecordedRequestIsPrinted() {
        this.http.get(HOST, "/api/v2/leads");

        assertThat(this.server.journal().last().toString())
                .isEqualTo("GET acme.amocrm.ru/api/v2/leads -> 204")
                .doesNotContain("Bearer");
    }

    @Test
    void shouldForceTheNextAnswersToAStatus() {
        this.server.failNext(502, 2);

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(502);
        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(502);
        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldForceAStatusOnlyForRequestsToTheGivenPath() {
        this.server.failNext("/api/v2/leads", 500, 1);

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
        assertThat(this.http.get(HOST, "/api/v2/leads").statusCode()).isEqualTo(500);
        assertThat(this.http.get(HOST, "/api/v2/leads").statusCode()).isEqualTo(204);
    }

    @Test
    void shouldForceEachSupportedStatus() {
        for (int status : new int[] {401, 429, 500, 502, 504}) {
            this.server.failNext(status);

            assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(status);
        }
    }

    @Test
    void shouldNotApplyAForcedFailureToTheState() {
        this.server.failNext(500);

        this.http.postJson(HOST, "/api/v2/leads", "{\"add\":[{\"name\":\"Потерянная\"}]}");

        assertThat(this.server.account(HOST).count(EntityType.LEAD)).isZero();
    }

    @Test
    void shouldCloseTheConnectionWithoutAnAnswer() {
        this.server.dropNext(1);

        assertThatThrownBy(() -> this.http.postJson(HOST, "/api/v2/leads", "{\"add\":[{\"name\":\"x\"}]}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(this.server.journal().last().status()).isEqualTo(RecordedRequest.DROPPED);
        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldDelayEveryAnswerByTheLatency() {
        this.server.latency(Duration.ofMillis(300));
        long started = System.nanoTime();

        this.http.get(HOST, "/api/v2/account");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldMoveTheClockOnlyWhenTold() {
        Instant start = this.server.clock().instant();

        this.server.clock().advance(Duration.ofHours(2));

        assertThat(this.server.clock().instant()).isEqualTo(start.plus(Duration.ofHours(2)));
        this.server.clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(this.server.clock().epochSecond()).isEqualTo(1893456000L);
    }

    @Test
    void shouldStampEntitiesWithTheFakeClock() {
        this.server.clock().set(Instant.parse("2030-01-01T00:00:00Z"));

        long id = this.server.account(HOST).addLead("Сделка");

        assertThat(this.server
                        .account(HOST)
                        .entity(EntityType.LEAD, id)
                        .path("created_at")
                        .asLong())
                .isEqualTo(1893456000L);
    }

    @Test
    void shouldClearEntitiesJournalAndFaultsOnResetButKeepLongLivedTokens() {
        this.server.account(HOST).seedLeads(3);
        this.server.failNext(500, 5);
        this.server.reset();

        HttpResponse<String> response = this.http.get(HOST, "/api/v2/leads");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(this.server.journal().count()).isEqualTo(1);
    }

    @Test
    void shouldSeedOneHundredThousandLeads() {
        this.server.account(HOST).seedLeads(100_000);

        HttpResponse<String> page = this.http.get(HOST, "/api/v2/leads?limit_rows=500&limit_offset=99500");

        assertThat(FakeHttp.json(page).at("/_embedded/items").size()).isEqualTo(500);
        assertThat(this.server.account(HOST).count(EntityType.LEAD)).isEqualTo(100_000);
    }
}
