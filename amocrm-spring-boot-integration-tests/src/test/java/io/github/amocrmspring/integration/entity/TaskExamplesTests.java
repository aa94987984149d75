package io.github.amocrmspring.integration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.entity.TaskQuery;
import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.Task;
import io.github.amocrmspring.model.TaskType;
import io.github.amocrmspring.test.server.EntityType;
import io.github.amocrmspring.test.server.RecordedRequest;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The README's "working with tasks" example, step by step. */
class TaskExamplesTests extends FakeAmoTests {

    @Test
    void shouldLoadEveryCallAndLetterTaskOfLeadsAndOnePageOfAUser() {
        long lead = account().addLead("Lead");
        Task call = new Task(TaskType.CALL, "Call").attachToLead(lead);
        call.setCompleteTillAt(Instant.now().plusSeconds(3600));
        Task meeting = new Task(TaskType.MEETING, "Meet").attachToLead(lead);
        meeting.setCompleteTillAt(Instant.now().plusSeconds(3600));
        this.amo.tasks().saveAll(List.of(call, meeting)).orThrow();
        this.server.journal().clear();

        List<Task> tasks;
        try (Stream<Task> stream = this.amo.tasks().stream(
                TaskQuery.all().type(ElementType.LEAD).taskTypes(TaskType.CALL, TaskType.LETTER))) {
            tasks = stream.toList();
        }
        this.amo
                .tasks()
                .find(TaskQuery.all()
                        .responsibleUser(account().adminUserId())
                        .limitRows(100)
                        .limitOffset(800));

        assertThat(tasks).extracting(Task::getId).contains(call.getId()).doesNotContain(meeting.getId());
        List<RecordedRequest> requests = requests("GET", "/api/v2/tasks");
        JsonNode first = requests.get(0).queryParameters();
        assertThat(first.get("type").asString()).isEqualTo("lead");
        assertThat(first.get("filter").get("task_type").toString())
                .contains("1")
                .contains("3");
        RecordedRequest page = requests.get(requests.size() - 1);
        assertThat(page.queryParameter("limit_rows")).isEqualTo("100");
        assertThat(page.queryParameter("limit_offset")).isEqualTo("800");
    }

    @Test
    void shouldCreateALetterTaskOnAContact() {
        long contact = account().addContact("Contact");
        Task task = new Task(TaskType.LETTER, "Необходимо написать письмо").attachToContact(contact);
        task.setCompleteTillAt(Instant.ofEpochSecond(1508706000));

        this.amo.tasks().save(task);

        JsonNode added = onlyBody("POST", "/api/v2/tasks").get("add").get(0);
        assertThat(added.get("task_type").asInt()).isEqualTo(3);
        assertThat(added.get("element_type").asInt()).isEqualTo(1);
        assertThat(added.get("element_id").asLong()).isEqualTo(contact);
        assertThat(added.get("text").asString()).isEqualTo("Необходимо написать письмо");
        assertThat(added.get("complete_till_at").asLong()).isEqualTo(1508706000L);
        assertThat(task.getId()).isNotNull();
    }

    @Test
    void shouldMoveATaskToALeadAndChangeTheTextOfAnother() {
        long contact = account().addContact("Contact");
        long lead = account().addLead("Lead");
        Task first = new Task(TaskType.CALL, "first").attachToContact(contact);
        first.setCompleteTillAt(Instant.now().plusSeconds(60));
        Task second = new Task(TaskType.CALL, "second").attachToContact(contact);
        second.setCompleteTillAt(Instant.now().plusSeconds(60));
        this.amo.tasks().saveAll(List.of(first, second)).orThrow();
        this.server.journal().clear();
        Task byId = new Task();
        byId.setId(first.getId());
        byId.setText("Обновленный текст задачи");
        byId.attachToLead(lead);
        Task read = this.amo.tasks().findById(second.getId()).orElseThrow();
        read.setText("Новый текст задачи");

        this.amo.tasks().saveAll(List.of(byId, read)).orThrow();

        JsonNode updates = onlyBody("POST", "/api/v2/tasks").get("update");
        assertThat(updates.get(0).get("element_id").asLong()).isEqualTo(lead);
        assertThat(updates.get(0).get("element_type").asInt()).isEqualTo(2);
        assertThat(updates.get(1).get("text").asString()).isEqualTo("Новый текст задачи");
        JsonNode stored = account().entity(EntityType.TASK, first.getId());
        assertThat(stored.get("element_id").asLong()).isEqualTo(lead);
        assertThat(stored.get("text").asString()).isEqualTo("Обновленный текст задачи");
    }
}
