package vn.parindex.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night removes the audit lines older than the retention period and says so in the log. On several nodes
 * each runs it: the second finds nothing left to remove. On PostgreSQL the table's trigger refuses to delete
 * anything younger than three months, whatever asks.
 */
@Component
@RequiredArgsConstructor
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcTemplate jdbc;
    private final AuditRetentionPeriod period;
    private final AuditLog audit;

    @Scheduled(cron = "${parindex.audit.retention-cron:0 40 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        removeExpired();
    }

    /** Removes the lines older than the retention period; returns how many. */
    int removeExpired() {
        Instant cutoff = period.cutoff();
        int removed = jdbc.update("delete from audit_event where occurred_at < ?",
                OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
        if (removed > 0) {
            log.info("Audit retention: {} lines older than {} removed", removed, cutoff);
            audit.record(AuditKind.AUDIT_RETENTION, removed + " entries older than " + cutoff + " removed ("
                    + period.months() + " months kept)");
        }
        return removed;
    }
}
