package vn.parindex.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * What the outbox page's search box looks in, written once with its mail ({@link Outbox#enqueue}): apart from
 * the mail, whose status changes, so that those changes leave the search's trigram indexes alone.
 */
@Entity
class OutboxMailSearch {

    @Id
    private Long mailId;
    /** Recipient and subject folded ({@link vn.parindex.common.SearchText}). */
    private String searchText;
    /** The subject as written, lower-cased: what the search looked in for mails older than the folded text. */
    private String subjectLower;

    protected OutboxMailSearch() {
    }
}
