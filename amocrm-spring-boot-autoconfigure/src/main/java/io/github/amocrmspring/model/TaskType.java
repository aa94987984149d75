package io.github.amocrmspring.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * The type of a task ({@code task_type}): the three built into every account, or an id the account defined.
 *
 * @see Account#getTaskTypes()
 */
public final class TaskType {

    /** A call (1). */
    public static final TaskType CALL = new TaskType(1, "CALL");

    /** A meeting (2). */
    public static final TaskType MEETING = new TaskType(2, "MEETING");

    /** A letter to write (3). */
    public static final TaskType LETTER = new TaskType(3, "LETTER");

    private static final Map<Integer, TaskType> KNOWN =
            Map.of(CALL.code, CALL, MEETING.code, MEETING, LETTER.code, LETTER);

    private final int code;

    private final String name;

    private TaskType(int code, String name) {
        this.code = code;
        this.name = name;
    }

    /** Return the task type with the given id, a constant for the built-in ones. */
    @JsonCreator
    public static TaskType of(int code) {
        TaskType known = KNOWN.get(code);
        return (known != null) ? known : new TaskType(code, null);
    }

    /** Return the numeric id amoCRM uses. */
    @JsonValue
    public int code() {
        return this.code;
    }

    /** Return whether this is one of the built-in types. */
    public boolean isBuiltIn() {
        return this.name != null;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof TaskType that) && this.code == that.code;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(this.code);
    }

    @Override
    public String toString() {
        return ((this.name != null) ? this.name : "TASK_TYPE") + " (" + this.code + ")";
    }
}
