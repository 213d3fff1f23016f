package vn.parindex.notification;

public enum MailStatus {
    PENDING,
    SENT,
    /** Gave up after the last retry; an organiser can send it again from the outbox page. */
    FAILED
}
