package vn.parindex.tasklist;

/** Published, inside the engine's transaction, when an official completes a task. */
public record WorkItemCompleted(WorkItem item) {
}
