package io.github.amocrmspring.test.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract tests of tasks and notes. */
class FakeTasksAndNotesTests extends FakeServerTestBase {

    @Test
    void shouldAddATaskToALeadAcceptingCompleteTillAsWellAsCompleteTillAt() {
        long lead = this.account.addLead("Сделка");

        JsonNode body = postOk(
                "/api/v2/tasks",
                "{\"add\":[{\"element_id\":" + lead
                        + ",\"element_type\":2,\"task_type\":2,\"text\":\"Встреча\",\"complete_till\":1900000000}]}");

        JsonNode task = getOk(
                        "/api/v2/tasks?id=" + body.at("/_embedded/items/0/id").asLong())
                .at("/_embedded/items/0");
        assertThat(task.path("complete_till_at").asLong()).isEqualTo(1900000000L);
        assertThat(task.path("element_type").asInt()).isEqualTo(2);
        assertThat(task.path("task_type").asInt()).isEqualTo(2);
        assertThat(task.path("is_completed").asBoolean()).isFalse();
        assertThat(task.path("result").isArray()).isTrue();
        assertThat(this.account
                        .entity(EntityType.LEAD, lead)
                        .path("closest_task_at")
                        .asLong())
                .isEqualTo(1900000000L);
    }

    @Test
    void shouldRejectATaskForAMissingLead() {
        JsonNode body = postOk("/api/v2/tasks", "{\"add\":[{\"element_id\":1,\"element_type\":2,\"text\":\"x\"}]}");

        assertThat(body.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(237);
    }

    @Test
    void shouldFilterTasksByElementTypeAndStatus() {
        long lead = this.account.addLead("Сделка");
        long contact = this.account.addContact("Контакт");
        postOk(
                "/api/v2/tasks",
                "{\"add\":[{\"element_id\":" + lead + ",\"element_type\":2,\"text\":\"a\"}," + "{\"element_id\":"
                        + contact + ",\"element_type\":1,\"text\":\"b\",\"is_completed\":true}]}");

        assertThat(getOk("/api/v2/tasks?type=lead").at("/_embedded/items")).hasSize(1);
        assertThat(getOk("/api/v2/tasks?filter[status][]=1")
                        .at("/_embedded/items/0/text")
                        .asString())
                .isEqualTo("b");
        assertThat(getOk("/api/v2/tasks?element_id=" + contact).at("/_embedded/items"))
                .hasSize(1);
    }

    @Test
    void shouldAddACommonNoteToALeadAndListItByType() {
        long lead = this.account.addLead("Сделка");

        postOk(
                "/api/v2/notes",
                "{\"add\":[{\"element_id\":" + lead + ",\"element_type\":2,\"note_type\":4,"
                        + "\"text\":\"Позвонить завтра\"}]}");

        JsonNode note = getOk("/api/v2/notes?type=lead&element_id=" + lead).at("/_embedded/items/0");
        assertThat(note.path("text").asString()).isEqualTo("Позвонить завтра");
        assertThat(note.path("note_type").asInt()).isEqualTo(4);
        assertThat(note.at("/_links/self/href").asString()).endsWith("&type=lead");
        assertThat(this.http.get(HOST, "/api/v2/notes?type=contact").statusCode())
                .isEqualTo(204);
    }

    @Test
    void shouldCopyTheTextOfAnSmsNoteIntoItsParams() {
        long contact = this.account.addContact("Контакт");

        postOk(
                "/api/v2/notes",
                "{\"add\":[{\"element_id\":" + contact + ",\"element_type\":1,\"note_type\":103,"
                        + "\"text\":\"Ваш заказ готов\",\"params\":{\"phone\":\"+79990000000\"}}]}");

        JsonNode note = getOk("/api/v2/notes?type=contact").at("/_embedded/items/0");
        assertThat(note.at("/params/text").asString()).isEqualTo("Ваш заказ готов");
        assertThat(note.at("/params/phone").asString()).isEqualTo("+79990000000");
    }

    @Test
    void shouldSetTheResultOfATaskWithATaskResultNote() {
        long lead = this.account.addLead("Сделка");
        long task = postOk(
                        "/api/v2/tasks", "{\"add\":[{\"element_id\":" + lead + ",\"element_type\":2,\"text\":\"x\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();

        postOk(
                "/api/v2/notes",
                "{\"add\":[{\"element_id\":" + task + ",\"element_type\":4,\"note_type\":13,"
                        + "\"text\":\"Договорились\"}]}");

        assertThat(getOk("/api/v2/tasks?id=" + task)
                        .at("/_embedded/items/0/result/text")
                        .asString())
                .isEqualTo("Договорились");
    }

    @Test
    void shouldRejectANoteForAMissingElement() {
        JsonNode body = postOk(
                "/api/v2/notes", "{\"add\":[{\"element_id\":1,\"element_type\":2,\"note_type\":4,\"text\":\"x\"}]}");

        assertThat(body.at("/_embedded/errors/add/0/code").asInt()).isEqualTo(226);
    }

    @Test
    void shouldAnswer400WithCode218ToAnEmptyNotesAddArray() {
        HttpResponse<String> response = this.http.postJson(HOST, "/api/v2/notes", "{\"add\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("218");
    }

    @Test
    void shouldAnswer400WithCode227ToAnEmptyTasksAddArray() {
        HttpResponse<String> response = this.http.postJson(HOST, "/api/v2/tasks", "{\"add\":[]}");

        assertThat(FakeHttp.json(response).at("/response/error_code").asString())
                .isEqualTo("227");
    }

    @Test
    void shouldUpdateANoteTextWhenUpdatedAtIsNotOlder() {
        long lead = this.account.addLead("Сделка");
        long note = postOk(
                        "/api/v2/notes",
                        "{\"add\":[{\"element_id\":" + lead + ",\"element_type\":2,\"note_type\":4,"
                                + "\"text\":\"a\"}]}")
                .at("/_embedded/items/0/id")
                .asLong();
        long updatedAt =
                this.account.entity(EntityType.NOTE, note).path("updated_at").asLong();

        postOk("/api/v2/notes", "{\"update\":[{\"id\":" + note + ",\"updated_at\":" + updatedAt + ",\"text\":\"b\"}]}");

        assertThat(this.account.entity(EntityType.NOTE, note).path("text").asString())
                .isEqualTo("b");
    }
}
