package vn.parindex.tasklist;

/**
 * A line of the task list as the page shows it, every text already in the reader's language, so the row loop of
 * {@code tasklist/list.html} only reads values. Public, so the page's expressions on it are compiled.
 *
 * @param rowClass   the row's class ({@code table-danger} when overdue), or null
 * @param badgeClass the class of what follows the due date: a badge with the days left or overdue, or the muted "no due date"
 * @param claimable  nobody has claimed it: it can be ticked and claimed
 * @param mine       claimed by the reader, who may give it back
 */
public record TaskListRow(String taskId, String name, boolean decision, Long campaignId, String agencyName,
                          String campaignName, String milestone, String rowClass, String due, String badgeClass,
                          String badge, String state, boolean claimable, boolean mine) {
}
