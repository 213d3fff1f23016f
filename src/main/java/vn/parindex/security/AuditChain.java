package vn.parindex.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain of the audit log. Appends are serialised by locking the one row of {@code audit_chain} (the chain's
 * head: the newest line's hash and time), so two nodes writing at once still make one chain; the chain's order is
 * the order of the ids. The check walks the chain and names the first line that does not fit.
 */
@Component
class AuditChain {

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final AuditRetentionPeriod retention;

    AuditChain(AuditEventRepository events, DataSource dataSource, AuditRetentionPeriod retention) {
        this.events = events;
        this.jdbc = new JdbcTemplate(dataSource);
        // the check reads the whole log: a thousand lines at a time, not all at once
        this.jdbc.setFetchSize(1000);
        this.retention = retention;
    }

    /** Seals the line onto the chain and writes it, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditEvent append(AuditEvent event) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_hash, last_occurred_at from audit_chain where id = 1 for update");
        event.chainTo(instant(head.get("last_occurred_at")), (String) head.get("last_hash"));
        AuditEvent saved = events.save(event);
        jdbc.update("update audit_chain set last_hash = ?, last_occurred_at = ?, last_event_id = ? where id = 1",
                saved.getHash(), OffsetDateTime.ofInstant(saved.getOccurredAt(), ZoneOffset.UTC), saved.getId());
        return saved;
    }

    /** What the check found: {@code brokenAt} is null when every line fits; {@code problem} is changed, removed or newest. */
    record Verdict(long checked, Long brokenAt, Instant brokenOccurredAt, String problem) {
        boolean intact() {
            return brokenAt == null;
        }
    }

    /**
     * Walks the chain from its oldest line. A line whose content does not give its hash was changed; a line whose
     * "previous hash" is not the hash of the line before it follows a removed line, which is allowed only when that
     * line was old enough for the retention job to remove it; the newest line must be the chain's head.
     */
    @Transactional(readOnly = true)
    Verdict verify() {
        Map<String, Object> head = jdbc.queryForMap("select last_hash, last_event_id from audit_chain where id = 1");
        Object lastId = head.get("last_event_id");
        Instant removable = retention.cutoff();
        Walk walk = new Walk(removable);
        if (lastId != null) {
            jdbc.query("""
                    select id, occurred_at, kind, username, organiser_id, ip_address, user_agent, http_method, path,
                           detail, prev_occurred_at, prev_hash, hash
                    from audit_event where id <= ? order by id""", (RowCallbackHandler) walk::row, ((Number) lastId).longValue());
        }
        if (walk.brokenAt == null && !Objects.equals(walk.lastHash, head.get("last_hash"))) {
            return new Verdict(walk.checked, walk.lastId, null, "newest");
        }
        return new Verdict(walk.checked, walk.brokenAt, walk.brokenTime, walk.problem);
    }

    private static final class Walk {
        final Instant removable;
        long checked;
        Long lastId;
        String lastHash;
        Long brokenAt;
        Instant brokenTime;
        String problem;

        Walk(Instant removable) {
            this.removable = removable;
        }

        void row(ResultSet rs) throws SQLException {
            if (brokenAt != null) {
                return;
            }
            long id = rs.getLong("id");
            Instant occurredAt = instant(rs.getObject("occurred_at", OffsetDateTime.class));
            Instant prevOccurredAt = instant(rs.getObject("prev_occurred_at", OffsetDateTime.class));
            String prevHash = rs.getString("prev_hash");
            String hash = rs.getString("hash");
            Long organiserId = rs.getObject("organiser_id") == null ? null : rs.getLong("organiser_id");
            String computed = AuditHash.of(occurredAt, rs.getString("kind"), rs.getString("username"), organiserId,
                    rs.getString("ip_address"), rs.getString("user_agent"), rs.getString("http_method"),
                    rs.getString("path"), rs.getString("detail"), prevOccurredAt, prevHash);
            checked++;
            if (!computed.equals(hash)) {
                broken(id, occurredAt, "changed");
            } else if (!linked(prevHash, prevOccurredAt)) {
                broken(id, occurredAt, "removed");
            }
            lastId = id;
            lastHash = hash;
        }

        private boolean linked(String prevHash, Instant prevOccurredAt) {
            if (lastHash == null && AuditHash.GENESIS.equals(prevHash)) {
                return true;
            }
            if (lastHash != null && lastHash.equals(prevHash)) {
                return true;
            }
            // the line before it is gone: fine if the retention job may have removed it
            return prevOccurredAt != null && prevOccurredAt.isBefore(removable);
        }

        private void broken(long id, Instant occurredAt, String why) {
            brokenAt = id;
            brokenTime = occurredAt;
            problem = why;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        return null;
    }
}
