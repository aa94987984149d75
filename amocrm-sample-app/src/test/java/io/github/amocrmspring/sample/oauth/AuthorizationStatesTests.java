package io.github.amocrmspring.sample.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AuthorizationStatesTests {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final Instant now = Instant.parse("2026-01-01T10:00:00Z");

    private final AuthorizationStates states = new AuthorizationStates();

    @Test
    void shouldAcceptAnIssuedStateOnce() {
        String state = this.states.issue(this.now, TTL);

        assertThat(this.states.consume(state, this.now.plusSeconds(5))).isEqualTo(StateCheck.VALID);
        assertThat(this.states.consume(state, this.now.plusSeconds(6))).isEqualTo(StateCheck.REUSED);
    }

    @Test
    void shouldReportAMissingState() {
        assertThat(this.states.consume(null, this.now)).isEqualTo(StateCheck.MISSING);
        assertThat(this.states.consume("", this.now)).isEqualTo(StateCheck.MISSING);
    }

    @Test
    void shouldReportAStateThatWasNeverIssued() {
        this.states.issue(this.now, TTL);

        assertThat(this.states.consume("forged", this.now)).isEqualTo(StateCheck.UNKNOWN);
    }

    @Test
    void shouldRefuseAStateOnceItsTimeToLiveHasPassed() {
        String state = this.states.issue(this.now, TTL);

        assertThat(this.states.consume(state, this.now.plus(TTL))).isEqualTo(StateCheck.EXPIRED);
        assertThat(this.states.consume(state, this.now.plus(TTL))).isEqualTo(StateCheck.UNKNOWN);
    }

    @Test
    void shouldAcceptAStateJustBeforeItExpires() {
        String state = this.states.issue(this.now, TTL);

        assertThat(this.states.consume(state, this.now.plus(TTL).minusMillis(1)))
                .isEqualTo(StateCheck.VALID);
    }

    @Test
    void shouldIssueUnguessableDistinctStates() {
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            issued.add(this.states.issue(this.now, TTL));
        }

        assertThat(issued).hasSize(1000).allSatisfy((state) -> assertThat(state).hasSize(43));
    }

    @Test
    void shouldKeepOnlyTheNewestStates() {
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < AuthorizationStates.MAX_STATES + 1; i++) {
            issued.add(this.states.issue(this.now, TTL));
        }

        assertThat(this.states.consume(issued.get(0), this.now)).isEqualTo(StateCheck.UNKNOWN);
        assertThat(this.states.consume(issued.get(issued.size() - 1), this.now)).isEqualTo(StateCheck.VALID);
    }

    @Test
    void shouldAcceptAStateOnceWhenTwoCallbacksRaceForIt() throws Exception {
        for (int round = 0; round < 200; round++) {
            String state = this.states.issue(this.now, TTL);
            CyclicBarrier barrier = new CyclicBarrier(2);
            Callable<StateCheck> callback = () -> {
                barrier.await();
                return this.states.consume(state, this.now);
            };
            ExecutorService executor = Executors.newFixedThreadPool(2);
            try {
                List<Future<StateCheck>> results = executor.invokeAll(List.of(callback, callback));
                List<StateCheck> checks = new ArrayList<>();
                for (Future<StateCheck> result : results) {
                    checks.add(result.get());
                }
                assertThat(checks).containsExactlyInAnyOrder(StateCheck.VALID, StateCheck.REUSED);
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Test
    void shouldKeepStatesIndependentOfEachOther() {
        String first = this.states.issue(this.now, TTL);
        String second = this.states.issue(this.now, TTL);

        assertThat(this.states.consume(second, this.now)).isEqualTo(StateCheck.VALID);
        assertThat(this.states.consume(first, this.now)).isEqualTo(StateCheck.VALID);
    }
}
