package io.github.amocrmspring.entity;

import io.github.amocrmspring.client.AmoOperations;
import io.github.amocrmspring.model.EntityType;
import io.github.amocrmspring.model.Task;

/** Reading and saving the tasks of one account ({@code /api/v2/tasks}). */
public class TaskOperations extends EntityOperations<Task, TaskQuery> {

    public TaskOperations(AmoOperations account, EntityContext context) {
        super(account, context, Task.class, EntityType.TASK);
    }
}
