package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of the legacy pipeline writes under {@code /private/api/v2/json/pipelines}. */
class FakePipelineWritesTests extends FakeServerTestBase {

    @Test
    void shouldAddAPipelineWithItsStagesAndClosingStageNames() {
        JsonNode body = postOk(
                "/private/api/v2/json/pipelines/set",
                "{\"request\":{\"pipelines\":{\"add\":[{"
                        + "\"name\":\"Опт\",\"sort\":2,\"is_main\":\"\",\"statuses\":{\"0\":{\"name\":\"Запрос\",\"sort\":10,"
                        + "\"color\":\"#fffeb2\"},\"1\":{\"name\":\"Счёт\",\"sort\":20,\"color\":\"#deff81\"},"
                        + "\"142\":{\"name\":\"Оплачено\"},\"143\":{\"name\":\"Отказ\"}}}]}}}");

        JsonNode added = body.at("/response/pipelines/add/pipelines");
        long id = Long.parseLong(added.propertyNames().iterator().next());
        assertThat(added.path(String.valueOf(id)).path("leads").asInt()).isZero();
        List<Long> stages = this.account.stageIds(id);
        assertThat(stages).hasSize(5).endsWith(142L, 143L);
        JsonNode listed = getOk("/api/v2/pipelines?id=" + id).at("/_embedded/items/" + id);
        assertThat(listed.at("/statuses/142/name").asString()).isEqualTo("Оплачено");
        assertThat(listed.path("is_main").asBoolean()).isFalse();
    }

    @Test
    void shouldReplaceTheWorkingStagesOnUpdate() {
        long pipeline = this.account.addPipeline("Опт", "Запрос", "Счёт");
        long kept = this.account.stageIds(pipeline).get(1);

        JsonNode body = postOk(
                "/private/api/v2/json/pipelines/set",
                "{\"request\":{\"pipelines\":{\"update\":{\""
                        + pipeline + "\":{\"id\":" + pipeline + ",\"name\":\"Опт 2\",\"statuses\":{\"" + kept
                        + "\":{\"id\":"
                        + kept + ",\"name\":\"Запрос цены\"}}}}}}}");

        assertThat(body.at("/response/pipelines/update/" + pipeline).asBoolean())
                .isTrue();
        assertThat(this.account.stageIds(pipeline)).hasSize(4).contains(kept);
    }

    @Test
    void shouldDeleteAnEmptyPipelineButNotTheLastOne() {
        long pipeline = this.account.addPipeline("Опт", "Запрос");
        long main = this.account.mainPipelineId();

        JsonNode body = postOk("/private/api/v2/json/pipelines/delete", "{\"request\":{\"id\":[" + pipeline + "]}}");
        assertThat(body.at("/response/" + pipeline).asBoolean()).isTrue();

        JsonNode last = postOk("/private/api/v2/json/pipelines/delete", "{\"request\":{\"id\":" + main + "}}");
        assertThat(last.at("/response/" + main + "/errors").asString()).isEqualTo("Impossible to delete last pipeline");
    }
}
