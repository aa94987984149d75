package io.github.amocrmspring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.amocrmspring.error.AmoApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchSplitterTests {

    private final List<Integer> sentSizes = new ArrayList<>();

    @Test
    void shouldHalveBatchOnGatewayTimeoutUntilItFits() {
        List<Integer> batch = IntStream.range(0, 10).boxed().toList();

        List<List<Integer>> answers = BatchSplitter.withoutMetrics().send(batch, this::saveAtMostThree);

        assertThat(this.sentSizes).containsExactly(10, 5, 2, 3, 5, 2, 3);
        assertThat(answers.stream().flatMap(List::stream).toList()).isEqualTo(batch);
    }

    @Test
    void shouldRaiseGatewayTimeoutOfSingleEntity() {
        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> BatchSplitter.withoutMetrics().send(List.of(1), part -> {
                    throw gatewayTimeout();
                }));
    }

    @Test
    void shouldNotSplitOnOtherErrors() {
        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> BatchSplitter.withoutMetrics().send(List.of(1, 2), part -> {
                    this.sentSizes.add(part.size());
                    throw AmoApiException.of("acme.amocrm.ru", "POST", "/api/v2/leads", 502, List.of(), null);
                }));
        assertThat(this.sentSizes).containsExactly(2);
    }

    @Test
    void shouldNotSplitWhenDisabled() {
        BatchSplitter splitter = new BatchSplitter(false, io.github.amocrmspring.metrics.AmoClientMetrics.NONE);

        assertThatExceptionOfType(AmoApiException.class)
                .isThrownBy(() -> splitter.send(List.of(1, 2, 3, 4), this::saveAtMostThree));
        assertThat(this.sentSizes).containsExactly(4);
    }

    @Test
    void shouldKeepAnswersOfHalvesSentBeforeOneFailedAndSendNoMore() {
        List<Integer> batch = IntStream.range(0, 8).boxed().toList();
        List<String> answers = BatchSplitter.withoutMetrics()
                .send(
                        batch,
                        part -> {
                            this.sentSizes.add(part.size());
                            if (part.size() > 4) {
                                throw gatewayTimeout();
                            }
                            if (part.contains(4)) {
                                throw AmoApiException.of(
                                        "acme.amocrm.ru", "POST", "/api/v2/leads", 502, List.of(), null);
                            }
                            return "saved " + part;
                        },
                        (part, ex) -> "failed " + part + " with " + ex.getStatus());

        assertThat(answers).containsExactly("saved [0, 1, 2, 3]", "failed [4, 5, 6, 7] with 502");
        assertThat(this.sentSizes).containsExactly(8, 4, 4);
    }

    @Test
    void shouldAnswerHalvesNotSentAfterFailure() {
        List<Integer> batch = IntStream.range(0, 8).boxed().toList();
        List<String> answers = BatchSplitter.withoutMetrics()
                .send(
                        batch,
                        part -> {
                            this.sentSizes.add(part.size());
                            if (part.size() > 4) {
                                throw gatewayTimeout();
                            }
                            throw AmoApiException.of("acme.amocrm.ru", "POST", "/api/v2/leads", 400, List.of(), null);
                        },
                        (part, ex) -> "failed " + part);

        assertThat(answers).containsExactly("failed [0, 1, 2, 3]", "failed [4, 5, 6, 7]");
        assertThat(this.sentSizes).containsExactly(8, 4);
    }

    private List<Integer> saveAtMostThree(List<Integer> part) {
        this.sentSizes.add(part.size());
        if (part.size() > 3) {
            throw gatewayTimeout();
        }
        return part;
    }

    private static AmoApiException gatewayTimeout() {
        return AmoApiException.of("acme.amocrm.ru", "POST", "/api/v2/leads", 504, List.of(), null);
    }
}
