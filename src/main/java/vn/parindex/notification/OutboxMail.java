package vn.parindex.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import lombok.Getter;

import vn.parindex.common.BaseEntity;

/** A mail written in the transaction of the step that caused it, delivered afterwards with retries. */
@Entity
public class OutboxMail extends BaseEntity {

    static final int MAX_ATTEMPTS = 10;

    @Getter private String dedupKey;
    @Getter private Long campaignId;
    @Getter private Long agencyId;
    @Enumerated(EnumType.STRING)
    @Getter private MailKind kind;
    @Getter private String recipient;
    @Getter private String subject;
    @Getter private String bodyHtml;
    @Getter private String ics;
    @Enumerated(EnumType.STRING)
    @Getter private MailStatus status = MailStatus.PENDING;
    @Getter private int attempts;
    @Getter private Instant nextAttemptAt;
    @Getter private String lastError;
    @Getter private Instant createdAt;
    @Getter private Instant sentAt;
    /** Kept from the first attempt, so a mail sent twice after a crash carries the same Message-ID. */
    @Getter private String messageId;
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
}
