package vn.parindex.workflow;

/** The task was completed (by a colleague) or withdrawn before this completion reached it. */
public class TaskNotOpenException extends RuntimeException {

    public TaskNotOpenException(String taskId, Throwable cause) {
        super("Task " + taskId + " is no longer open", cause);
    }
}
