package vn.parindex.tasklist;

import java.util.List;

import vn.parindex.campaign.MilestoneType;

/**
 * The filters of the task list. Every condition is on our own tables (work_item, task_group, agency), never on
 * process variables.
 *
 * @param due one of "overdue", "week" (due before next Monday, not yet overdue), "none" (no due date), or blank
 */
public record TaskFilter(MilestoneType milestone, String due, String agency) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    /** The values of due, each named by the message {@code tasks.filter.<value>}. */
    static final List<String> DUES = List.of("overdue", "week", "none");

    boolean isEmpty() {
        return milestone == null && blank(due) && blank(agency);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
