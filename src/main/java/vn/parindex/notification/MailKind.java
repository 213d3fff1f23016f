package vn.parindex.notification;

public enum MailKind {
    /** Before a deadline, to the officials who must act. */
    REMINDER,
    /** The deadline passed: to the agency head and the organiser. */
    OVERDUE,
    /** Days after a missed deadline: the organiser must decide (extend, or close as not submitted). */
    DECISION_NEEDED,
    /** A deadline was extended or moved: to the agency's officials, with the updated calendar entry. */
    DEADLINE_CHANGED
}
