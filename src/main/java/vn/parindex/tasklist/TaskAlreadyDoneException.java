package vn.parindex.tasklist;

/** A colleague completed the task first; nothing the official typed is lost (the page shows it again). */
public class TaskAlreadyDoneException extends RuntimeException {
}
