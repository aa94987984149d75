package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Contract tests of the per-account rate limit (real time) and the block after repeated violations. */
class FakeRateLimitTests {

    private static final String HOST = "acme.amocrm.ru";

    private AmoFakeServer server;

    private FakeHttp http;

    @AfterEach
    void stopServer() {
        this.server.close();
    }

    @Test
    void shouldAnswerExactlyOne429ToEightRequestsWithinOneSecond() {
        start(AmoFakeServer.builder());

        List<Integer> statuses = burst(8);

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 429);
    }

    @Test
    void shouldAnswerNo429ToSevenRequestsSpacedASeventhOfASecondApart() {
        start(AmoFakeServer.builder());

        List<Integer> statuses = spaced(7, Duration.ofSeconds(1).dividedBy(7));

        assertThat(statuses).hasSize(7).containsOnly(200);
    }

    @Test
    void shouldAnswerNo429ToASteadyStreamOfRequestsSpacedFromTheirPredecessor() {
        start(AmoFakeServer.builder());

        List<Integer> statuses = spaced(15, Duration.ofMillis(170));

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void shouldCountEachAccountSeparately() {
        start(AmoFakeServer.builder().account(HOST).account("globex.amocrm.ru"));
        FakeHttp globex = new FakeHttp(this.server).bearer(this.server.issueLongLivedToken("globex.amocrm.ru"));
        burst(7);

        assertThat(globex.get("globex.amocrm.ru", "/api/v2/account").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldBlockTheAccountWith403AndAnHtmlPageAfterThreeViolations() {
        start(AmoFakeServer.builder().blockDuration(Duration.ofMinutes(5)));
        burst(10);

        HttpResponse<String> blocked = this.http.get(HOST, "/api/v2/account");

        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.headers().firstValue("Content-Type"))
                .hasValueSatisfying((type) -> type.startsWith("text/html"));
        assertThat(blocked.body()).contains("<html");
        assertThat(this.server.isBlocked(HOST)).isTrue();
    }

    @Test
    void shouldAnswer403ToEveryRequestWhileBlockedEvenAfterTheWindowPassed() {
        start(AmoFakeServer.builder().blockDuration(Duration.ofMinutes(5)));
        burst(10);
        pauseUntil(System.nanoTime() + Duration.ofMillis(1100).toNanos());

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldLiftTheBlockAfterTheConfiguredDuration() {
        start(AmoFakeServer.builder().blockDuration(Duration.ofMillis(300)));
        burst(10);
        pauseUntil(System.nanoTime() + Duration.ofMillis(400).toNanos());

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLiftTheBlockWhenATestUnblocksTheAccount() {
        start(AmoFakeServer.builder());
        burst(10);

        this.server.unblock(HOST);

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotLimitTheSharedOAuthHost() {
        start(AmoFakeServer.builder());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(
                    this.http.get("www.amocrm.ru", "/oauth2/account/subdomain").statusCode());
        }

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void shouldUseTheConfiguredNumberOfViolationsBeforeBlocking() {
        start(AmoFakeServer.builder().violationsBeforeBlock(1));

        List<Integer> statuses = burst(9);

        assertThat(statuses.subList(7, 9)).containsExactly(429, 403);
    }

    @Test
    void shouldNotCountForcedFailuresAsViolations() {
        start(AmoFakeServer.builder());
        this.server.failNext(429, 5);

        burst(5);

        assertThat(this.http.get(HOST, "/api/v2/account").statusCode()).isEqualTo(200);
        assertThat(this.server.isBlocked(HOST)).isFalse();
    }

    @Test
    void shouldNotLimitWhenTheRateLimitIsOff() {
        start(AmoFakeServer.builder().requestsPerSecond(0));

        assertThat(sequence(20)).containsOnly(200);
    }

    private void start(AmoFakeServer.Builder builder) {
        this.server = builder.build().start();
        this.http = new FakeHttp(this.server).bearer(this.server.issueLongLivedToken(HOST));
    }

    /** Sends requests one after another, each at least {@code spacing} after the previous one was sent. */
    private List<Integer> spaced(int count, Duration spacing) {
        List<Integer> statuses = new ArrayList<>();
        long previous = System.nanoTime() - spacing.toNanos();
        for (int i = 0; i < count; i++) {
            pauseUntil(previous + spacing.toNanos());
            previous = System.nanoTime();
            statuses.add(this.http.get(HOST, "/api/v2/account").statusCode());
        }
        return statuses;
    }

    private static void pauseUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * Sends requests back to back and returns their statuses, making sure they all went out within one second: on a
     * machine so loaded that they did not, the account is unblocked and the burst sent again.
     */
    private List<Integer> burst(int count) {
        for (int attempt = 0; attempt < 5; attempt++) {
            this.server.unblock(HOST);
            long started = System.nanoTime();
            List<Integer> statuses = sequence(count);
            if (System.nanoTime() - started < Duration.ofMillis(900).toNanos()) {
                return statuses;
            }
        }
        throw new AssertionError("Could not send " + count + " requests within one second on this machine");
    }

    private List<Integer> sequence(int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(this.http.get(HOST, "/api/v2/account").statusCode());
        }
        return statuses;
    }
}
