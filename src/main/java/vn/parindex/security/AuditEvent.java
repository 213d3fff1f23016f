package vn.parindex.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

import vn.parindex.common.BaseEntity;

/**
 * One line of the security audit log; written once, never changed. Each line holds the hash of its content and of
 * the line before it ({@link AuditHash}), so a changed or removed line breaks the chain ({@link AuditChain}).
 */
@Entity
@Immutable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class AuditEvent extends BaseEntity {

    static final int MAX_TEXT = 1000;
    static final int MAX_USER_AGENT = 400;

    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private AuditKind kind;
    private String username;
    private Long organiserId;
    private String ipAddress;
    private String userAgent;
    private String httpMethod;
    private String path;
    private String detail;
    private Instant prevOccurredAt;
    private String prevHash;
    private String hash;

    AuditEvent(Instant occurredAt, AuditKind kind, String username, Long organiserId, String ipAddress,
               String userAgent, String httpMethod, String path, String detail) {
        // the databases keep microseconds: the hash is of what is stored
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.kind = kind;
        this.username = cut(username, 100);
        this.organiserId = organiserId;
        this.ipAddress = cut(ipAddress, 64);
        this.userAgent = cut(userAgent, MAX_USER_AGENT);
        this.httpMethod = cut(httpMethod, 10);
        this.path = cut(path, MAX_TEXT);
        this.detail = cut(detail, MAX_TEXT);
    }

    /** Links this line to the one before it in the chain (its time and hash) and seals it. */
    void chainTo(Instant previousOccurredAt, String previousHash) {
        this.prevOccurredAt = previousOccurredAt;
        this.prevHash = previousHash;
        this.hash = AuditHash.of(this);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
