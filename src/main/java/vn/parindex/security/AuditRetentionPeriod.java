package vn.parindex.security;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.parindex.common.VietnamTime;

/**
 * How long the audit log is kept: {@code parindex.audit.retention-months}, 12 by default. Decree 331/2026 and
 * TCVN 14423:2026 want at least 3 months, so a smaller value stops the application at start-up.
 */
@Component
class AuditRetentionPeriod {

    static final String SETTING = "parindex.audit.retention-months";
    static final int MINIMUM_MONTHS = 3;

    private final int months;

    AuditRetentionPeriod(@Value("${" + SETTING + ":12}") int months) {
        if (months < MINIMUM_MONTHS) {
            throw new IllegalStateException(SETTING + " is " + months + ": the audit log must be kept at least "
                    + MINIMUM_MONTHS + " months (Decree 331/2026, TCVN 14423:2026)");
        }
        this.months = months;
    }

    int months() {
        return months;
    }

    /** Lines older than this may be removed (the real time, not the demo clock's). */
    Instant cutoff() {
        return ZonedDateTime.now(VietnamTime.ZONE).minusMonths(months).toInstant();
    }
}
