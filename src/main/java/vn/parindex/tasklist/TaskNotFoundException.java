package vn.parindex.tasklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such task in the user's organiser: another organiser's task is as absent as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(String taskId) {
        super("No task " + taskId + " for this organiser");
    }
}
