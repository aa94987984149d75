package io.github.amocrmspring.docs.cookbook;

import io.github.amocrmspring.client.AmoTemplate;
import io.github.amocrmspring.entity.TaskQuery;
import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.Task;
import io.github.amocrmspring.model.TaskType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The task examples of the cookbook. */
final class TaskExamples {

    private static final Logger log = LoggerFactory.getLogger(TaskExamples.class);

    private TaskExamples() {}

    static List<Task> read(AmoTemplate amo, long responsibleUserId) {
        // tag::tasks-read[]
        // Every call and letter task of leads
        TaskQuery callsAndLetters = TaskQuery.all().type(ElementType.LEAD).taskTypes(TaskType.CALL, TaskType.LETTER);
        try (Stream<Task> tasks = amo.tasks().stream(callsAndLetters)) {
            tasks.forEach(task -> log.info("Task {}: {}", task.getId(), task.getText()));
        }

        // One page of the tasks of a user
        List<Task> page = amo.tasks()
                .find(TaskQuery.all()
                        .responsibleUser(responsibleUserId)
                        .limitRows(100)
                        .limitOffset(800));
        // end::tasks-read[]
        return page;
    }

    static Task create(AmoTemplate amo, long contactId) {
        // tag::tasks-create[]
        Task task = new Task(TaskType.LETTER, "Необходимо написать письмо").attachToContact(contactId);
        task.setCompleteTillAt(Instant.now().plus(1, ChronoUnit.DAYS));
        amo.tasks().save(task);
        long taskId = task.getId();
        // end::tasks-create[]
        log.info("Created task {}", taskId);
        return task;
    }

    static List<Task> update(AmoTemplate amo, long taskId, long leadId, long otherTaskId) {
        // tag::tasks-update[]
        // Change the text of a task and attach it to a lead
        Task task = amo.tasks().findById(taskId).orElseThrow();
        task.setText("Обновленный текст задачи");
        task.attachToLead(leadId);

        Task other = amo.tasks().findById(otherTaskId).orElseThrow();
        other.setText("Новый текст задачи");

        List<Task> saved = amo.tasks().saveAll(List.of(task, other)).orThrow();
        // end::tasks-update[]
        return saved;
    }
}
