package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of custom field management through {@code /api/v2/fields}. */
class FakeFieldsTests extends FakeServerTestBase {

    @Test
    void shouldAddAListFieldThatEntitiesCanThenUse() {
        long field = postOk(
                        "/api/v2/fields",
                        "{\"add\":[{\"name\":\"Канал\",\"type\":4,\"element_type\":2,"
                                + "\"origin\":\"my_service\",\"enums\":[\"Сайт\",\"Звонок\"]}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        JsonNode listed = getOk("/api/v2/account?with=custom_fields").at("/_embedded/custom_fields/leads/" + field);
        assertThat(listed.path("name").asString()).isEqualTo("Канал");
        assertThat(listed.path("enums")).hasSize(2);
        JsonNode saved = postOk(
                "/api/v2/leads",
                "{\"add\":[{\"name\":\"Сделка\",\"custom_fields\":[{\"id\":" + field + ",\"values\":[{\"value\":\""
                        + this.account.enumId(field, "Звонок") + "\"}]}]}]}");
        assertThat(saved.at("/_embedded/errors").isMissingNode()).isTrue();
    }

    @Test
    void shouldRequireTheOriginToAddAndToDeleteAField() {
        JsonNode refused = postOk("/api/v2/fields", "{\"add\":[{\"name\":\"x\",\"type\":1,\"element_type\":1}]}");
        assertThat(refused.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(400);

        long field = postOk(
                        "/api/v2/fields",
                        "{\"add\":[{\"name\":\"Рейтинг\",\"type\":2,\"element_type\":1,\"origin\":\"svc\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();
        JsonNode wrongOrigin = postOk("/api/v2/fields", "{\"delete\":[{\"id\":" + field + ",\"origin\":\"other\"}]}");
        assertThat(wrongOrigin.at("/_embedded/errors/delete/" + field).isMissingNode())
                .isFalse();

        postOk("/api/v2/fields", "{\"delete\":[{\"id\":" + field + ",\"origin\":\"svc\"}]}");
        assertThat(getOk("/api/v2/account?with=custom_fields")
                        .at("/_embedded/custom_fields/contacts/" + field)
                        .isMissingNode())
                .isTrue();
    }
}
