package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of {@code /api/v2/account} with its parts and of {@code /api/v2/pipelines}. */
class FakeAccountTests extends FakeServerTestBase {

    @Test
    void shouldReturnOnlyTopLevelFieldsWithoutWith() {
        JsonNode account = getOk("/api/v2/account");

        assertThat(account.path("id").asLong()).isEqualTo(this.account.id());
        assertThat(account.path("subdomain").asString()).isEqualTo("acme");
        assertThat(account.path("currency").asString()).isEqualTo("RUB");
        assertThat(account.path("current_user").asLong()).isEqualTo(this.account.adminUserId());
        assertThat(account.path("_embedded").isEmpty()).isTrue();
    }

    @Test
    void shouldReturnEveryRequestedPart() {
        JsonNode embedded = getOk("/api/v2/account?with=custom_fields,users,pipelines,groups,note_types,task_types")
                .path("_embedded");

        assertThat(embedded.propertyNames())
                .containsExactlyInAnyOrder("custom_fields", "users", "pipelines", "groups", "note_types", "task_types");
        assertThat(embedded.path("users")
                        .path(String.valueOf(this.account.adminUserId()))
                        .path("is_admin")
                        .asBoolean())
                .isTrue();
        assertThat(embedded.at("/task_types/0/name").asString()).isEqualTo("Звонок");
        assertThat(embedded.path("note_types"))
                .anyMatch((type) -> type.path("code").asString().equals("COMMON"));
    }

    @Test
    void shouldListSystemPhoneAndEmailFieldsWithTheirEnumCodes() {
        JsonNode contacts = getOk("/api/v2/account?with=custom_fields").at("/_embedded/custom_fields/contacts");
        long phoneId = this.account.customFieldId(EntityType.CONTACT, "PHONE");

        JsonNode phone = contacts.path(String.valueOf(phoneId));
        assertThat(phone.path("code").asString()).isEqualTo("PHONE");
        assertThat(phone.path("is_system").asBoolean()).isTrue();
        assertThat(phone.path("field_type").asInt()).isEqualTo(8);
        assertThat(phone.path("enums")
                        .path(String.valueOf(this.account.enumId(phoneId, "WORK")))
                        .asString())
                .isEqualTo("WORK");
        assertThat(contacts).anyMatch((field) -> field.path("code").asString().equals("EMAIL"));
    }

    @Test
    void shouldKeyPipelinesAndStagesById() {
        JsonNode pipelines = getOk("/api/v2/account?with=pipelines").at("/_embedded/pipelines");
        long main = this.account.mainPipelineId();

        JsonNode pipeline = pipelines.path(String.valueOf(main));
        assertThat(pipeline.path("is_main").asBoolean()).isTrue();
        assertThat(pipeline.at("/statuses/142/editable").asString()).isEqualTo("N");
        assertThat(pipeline.at("/statuses/143/name").asString()).isEqualTo("Закрыто и не реализовано");
    }

    @Test
    void shouldListPipelinesAsAnObjectKeyedById() {
        long partners = this.account.addPipeline("Партнёры", "Заявка");

        JsonNode items = getOk("/api/v2/pipelines").at("/_embedded/items");

        assertThat(items.isObject()).isTrue();
        assertThat(items.path(String.valueOf(partners)).path("name").asString()).isEqualTo("Партнёры");
        assertThat(items.path(String.valueOf(partners))
                        .at("/statuses/142/is_editable")
                        .asBoolean())
                .isFalse();
        assertThat(getOk("/api/v2/pipelines?id=" + partners)
                        .at("/_embedded/items")
                        .size())
                .isEqualTo(1);
    }
}
