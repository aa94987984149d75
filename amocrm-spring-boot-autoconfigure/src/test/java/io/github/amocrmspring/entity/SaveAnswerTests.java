package io.github.amocrmspring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SaveAnswerTests {

    private final JsonMapper mapper = JsonMapper.shared();

    private JsonNode json(String text) {
        return this.mapper.readTree(text);
    }

    @Test
    void shouldMatchAddsByEchoedRequestIdAndUpdatesById() {
        SaveAnswer answer = SaveAnswer.read(json("""
                        {"_embedded":{"items":[{"id":12,"request_id":1},{"id":11,"request_id":0},
                                               {"id":5,"updated_at":1700000000}]}}
                        """), 2, List.of(5L));

        assertThat(answer.add(0).id()).isEqualTo(11L);
        assertThat(answer.add(1).id()).isEqualTo(12L);
        assertThat(answer.update(0).id()).isEqualTo(5L);
        assertThat(answer.update(0).updatedAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
    }

    @Test
    void shouldPlaceFailedAddsByIndexAndTheSavedOnesInOrder() {
        SaveAnswer answer = SaveAnswer.read(json("""
                        {"_embedded":{"items":[{"id":21,"request_id":0},{"id":23,"request_id":0}],
                          "errors":{"add":{"1":{"code":213,"message":"no name"}}}}}
                        """), 3, List.of());

        assertThat(answer.add(0).id()).isEqualTo(21L);
        assertThat(answer.add(1).isSaved()).isFalse();
        assertThat(answer.add(1).error().code()).isEqualTo(213);
        assertThat(answer.add(1).error().message()).isEqualTo("no name");
        assertThat(answer.add(2).id()).isEqualTo(23L);
    }

    @Test
    void shouldReadUpdateConflictsKeyedById() {
        SaveAnswer answer = SaveAnswer.read(json("""
                        {"_embedded":{"items":[{"id":7}],
                          "errors":{"update":{"8":"Last modified date is older than in database"}}}}
                        """), 0, List.of(7L, 8L));

        assertThat(answer.update(0).id()).isEqualTo(7L);
        assertThat(answer.update(1).error().operation()).isEqualTo("update");
        assertThat(answer.update(1).error().key()).isEqualTo("8");
        assertThat(answer.update(1).error().message()).isEqualTo("Last modified date is older than in database");
    }

    @Test
    void shouldReadErrorsGivenAsAListAndUpdatedAtInMilliseconds() {
        SaveAnswer answer = SaveAnswer.read(json("""
                        {"_embedded":{"items":[{"id":7,"updated_at":1619342253000}],
                          "errors":{"add":[{"code":"238","message":"value missing"}]}}}
                        """), 1, List.of(7L));

        assertThat(answer.update(0).updatedAt()).isEqualTo(Instant.ofEpochSecond(1619342253));
        assertThat(answer.add(0).error().code()).isEqualTo(238);
    }

    @Test
    void shouldReportItemsAmoCrmSaidNothingAbout() {
        SaveAnswer answer = SaveAnswer.read(json("{\"_embedded\":{\"items\":[]}}"), 1, List.of(3L));

        assertThat(answer.add(0).error().message()).contains("no result");
        assertThat(answer.update(0).error().message()).contains("no result");
    }
}
