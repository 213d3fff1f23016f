package vn.parindex.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.parindex.common.AppClock;

/**
 * Throttling per client address across accounts (credential stuffing, ASVS V6.3.1): after
 * {@code parindex.security.login.address-max-failures} wrong passwords or unknown user names from one address within
 * {@code address-window}, every login from that address (form and HTTP Basic) is refused for {@code address-block}.
 * Refused attempts are not counted, so a block never lasts longer than the setting; after it the count starts
 * again. The counts live in the database (table {@code login_address}), so every node sees the same.
 */
@Component
class AddressThrottle {

    private final JdbcTemplate jdbc;
    private final AppClock clock;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;

    AddressThrottle(JdbcTemplate jdbc, AppClock clock, AuditLog audit,
                    @Value("${parindex.security.login.address-max-failures:30}") int maxFailures,
                    @Value("${parindex.security.login.address-window:PT10M}") Duration window,
                    @Value("${parindex.security.login.address-block:PT15M}") Duration block) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || block.isNegative() || block.isZero()) {
            throw new IllegalStateException("parindex.security.login.address-*: max-failures must be 1 or more, the"
                    + " window and the block longer than zero");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
    }

    int maxFailures() {
        return maxFailures;
    }

    /** Until when logins from this address are refused; empty when they are not. */
    Optional<Instant> blockedUntil(String address) {
        if (address == null) {
            return Optional.empty();
        }
        List<OffsetDateTime> until = jdbc.queryForList(
                "select blocked_until from login_address where address = ? and blocked_until > ?",
                OffsetDateTime.class, key(address), at(clock.instant()));
        return until.stream().findFirst().map(OffsetDateTime::toInstant);
    }

    /** A wrong password or an unknown user name (the same event, so both count alike). */
    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String address = addressOf(event.getAuthentication());
        if (address != null) {
            countFailure(key(address), event.getAuthentication().getName());
        }
    }

    void countFailure(String address, String username) {
        Instant now = clock.instant();
        if (!increment(address, now)) {
            try {
                jdbc.update("insert into login_address (address, failures, window_start) values (?, 1, ?)",
                        address, at(now));
            } catch (DuplicateKeyException e) {
                // another node (or request) inserted it first
                increment(address, now);
            }
        }
        Instant until = now.plus(block);
        if (jdbc.update("update login_address set blocked_until = ?, failures = 0, window_start = ?"
                + " where address = ? and failures >= ?", at(until), at(now), address, maxFailures) > 0) {
            audit.recordFor(AuditKind.ADDRESS_BLOCKED, username, "address " + address + ": " + maxFailures
                    + " failed logins within " + window.toMinutes() + " minutes; logins refused for "
                    + block.toMinutes() + " minutes", address);
        }
    }

    /** Counts the failure in the address's window, or starts a new window when the last one is over. */
    private boolean increment(String address, Instant now) {
        OffsetDateTime windowEnded = at(now.minus(window));
        return jdbc.update("""
                update login_address
                   set failures = case when window_start < ? then 1 else failures + 1 end,
                       window_start = case when window_start < ? then ? else window_start end
                 where address = ?""", windowEnded, windowEnded, at(now), address) > 0;
    }

    static String addressOf(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static String key(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
