package io.github.amocrmspring.entity;

import io.github.amocrmspring.model.ElementType;
import io.github.amocrmspring.model.TaskType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The filters of a list of tasks. */
public class TaskQuery extends EntityQuery<TaskQuery> {

    /** Return a query without filters. */
    public static TaskQuery all() {
        return new TaskQuery();
    }

    /** Read only the tasks attached to entities of this type ({@code type=lead}, ...). */
    public TaskQuery type(ElementType type) {
        if (type.queryName() == null) {
            throw new IllegalArgumentException("Tasks cannot be listed by " + type);
        }
        return param("type", type.queryName());
    }

    /** Read only the tasks attached to this entity ({@code element_id}). */
    public TaskQuery elementId(long elementId) {
        return param("element_id", elementId);
    }

    /** Read only the tasks of these types ({@code filter[task_type][]}). */
    public TaskQuery taskTypes(TaskType... taskTypes) {
        List<Integer> codes = Arrays.stream(taskTypes).map(TaskType::code).toList();
        return filter("task_type", codes);
    }

    /** Read only the completed, or only the open, tasks ({@code filter[status][]}). */
    public TaskQuery completed(boolean completed) {
        return filter("status", List.of(completed ? 1 : 0));
    }

    /** Read only the tasks created by these users ({@code filter[created_by][]}). */
    public TaskQuery createdBy(long... userIds) {
        return filter("created_by", boxed(userIds));
    }

    /** Read only the tasks of leads in these statuses of a pipeline ({@code filter[pipe][id][]}). */
    public TaskQuery pipelineStatuses(long pipelineId, long... statusIds) {
        return filter("pipe", java.util.Map.of(String.valueOf(pipelineId), boxed(statusIds)));
    }

    /** Read only the tasks created in this range ({@code filter[date_create]}); either end may be null. */
    public TaskQuery createdBetween(Instant from, Instant to) {
        return filterRange("date_create", from, to);
    }

    /** Read only the tasks changed in this range ({@code filter[date_modify]}); either end may be null. */
    public TaskQuery modifiedBetween(Instant from, Instant to) {
        return filterRange("date_modify", from, to);
    }
}
