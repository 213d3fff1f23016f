package vn.parindex.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One line of the security audit log; written once, never changed. */
@Entity
public class AuditEvent {

    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private AuditKind kind;
    private String username;
    private Long organiserId;
    private String ipAddress;
    private String httpMethod;
    private String path;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditKind kind, String username, Long organiserId, String ipAddress,
               String httpMethod, String path, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, 100);
        this.organiserId = organiserId;
        this.ipAddress = cut(ipAddress, 64);
        this.httpMethod = cut(httpMethod, 10);
        this.path = cut(path, MAX_TEXT);
        this.detail = cut(detail, MAX_TEXT);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public AuditKind getKind() { return kind; }
    public String getUsername() { return username; }
    public Long getOrganiserId() { return organiserId; }
    public String getIpAddress() { return ipAddress; }
    public String getHttpMethod() { return httpMethod; }
    public String getPath() { return path; }
    public String getDetail() { return detail; }
}
