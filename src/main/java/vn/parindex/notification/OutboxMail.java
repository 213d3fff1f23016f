package vn.parindex.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import vn.parindex.common.SearchText;

/** A mail written in the transaction of the step that caused it, delivered afterwards with retries. */
@Entity
public class OutboxMail {

    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupKey;
    private Long campaignId;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private MailKind kind;
    private String recipient;
    private String subject;
    /** Recipient and subject folded for the outbox page's search box. */
    private String searchText;
    private String bodyHtml;
    private String ics;
    @Enumerated(EnumType.STRING)
    private MailStatus status = MailStatus.PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    /** Kept from the first attempt, so a mail sent twice after a crash carries the same Message-ID. */
    private String messageId;
    /** Set while one node delivers this mail; another node may take it over once {@link #claimedUntil} passed. */
    private String claimToken;
    private Instant claimedUntil;
    @Version
    private long version;

    protected OutboxMail() {
    }

    /** Backs off 1, 2, 4 … minutes (at most an hour) and gives up after {@value #MAX_ATTEMPTS} attempts. */
    void failed(Instant at, String error) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), 1900));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        } else {
            long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
            nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
        }
        release();
    }

    /** Whether this mail is still held by that claim (not taken over by another node after its lease ran out). */
    boolean claimedBy(String token) {
        return token.equals(claimToken) && status == MailStatus.PENDING;
    }

    private void release() {
        claimToken = null;
        claimedUntil = null;
    }

    void retryNow(Instant at) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        release();
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public Long getCampaignId() { return campaignId; }
    public Long getAgencyId() { return agencyId; }
    public MailKind getKind() { return kind; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBodyHtml() { return bodyHtml; }
    public String getIcs() { return ics; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getMessageId() { return messageId; }
}
