package vn.parindex.notification;

public enum MailKind {
    /** Before a deadline, to the officials who must act. */
    REMINDER,
    /** The deadline passed: to the agency head and the organiser. */
    OVERDUE,
    /** No longer sent (the morning digest lists agencies waiting for a decision); kept for earlier outbox rows. */
    DECISION_NEEDED,
    /** A deadline was extended or moved: to the agency's officials, with the updated calendar entry. */
    DEADLINE_CHANGED,
    /** Once a morning, to the organiser: every agency overdue in a campaign, per milestone. */
    DIGEST
}
