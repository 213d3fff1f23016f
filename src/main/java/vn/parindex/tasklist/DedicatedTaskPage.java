package vn.parindex.tasklist;

/**
 * A task that has a page of its own (the scorecard, the appraisal …) rather than a Camunda Form: the stable
 * task URL (/tasks/{id}, the one in the mails) sends the official there. Each feature declares its own.
 */
public interface DedicatedTaskPage {

    /** The BPMN id of the user task, e.g. appraiseSelfAssessment. */
    String taskKey();

    /** Where the official does this task. */
    String url(WorkItem item);

    static DedicatedTaskPage of(String taskKey, java.util.function.Function<WorkItem, String> url) {
        return new DedicatedTaskPage() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public String url(WorkItem item) {
                return url.apply(item);
            }
        };
    }
}
