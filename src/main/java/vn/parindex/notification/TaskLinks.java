package vn.parindex.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The links a mail gives to our pages, from the one address the site is reached at ({@code parindex.base-url}). */
@Component
class TaskLinks {

    private final String baseUrl;

    TaskLinks(@Value("${parindex.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String taskList() {
        return baseUrl + "/tasks";
    }

    String task(String taskId) {
        return taskList() + "/" + taskId;
    }
}
