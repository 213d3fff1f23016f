package vn.parindex.security;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.AppClock;

/**
 * Counts wrong passwords; after {@value #MAX_FAILURES} in a row the account is locked for 15 minutes
 * ({@link AppUserDetailsService} reports it locked until then; a successful login resets the count).
 */
@Component
@RequiredArgsConstructor
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final AppClock clock;
    private final AuditLog audit;

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        // unknown user names change nothing: the update finds no row
        if (users.countFailedLogin(username.trim()) > 0
                && users.lockAfterFailedLogins(username.trim(), MAX_FAILURES, clock.instant().plus(LOCK)) > 0) {
            audit.recordFor(AuditKind.ACCOUNT_LOCKED, username.trim(),
                    MAX_FAILURES + " wrong passwords in a row; locked for " + LOCK.toMinutes() + " minutes");
        }
    }

    /** A refused second-factor code counts like a wrong password; true when it locked the account. */
    @Transactional
    public boolean onWrongSecondFactor(String username) {
        if (users.countFailedLogin(username) > 0
                && users.lockAfterFailedLogins(username, MAX_FAILURES, clock.instant().plus(LOCK)) > 0) {
            audit.recordFor(AuditKind.ACCOUNT_LOCKED, username,
                    MAX_FAILURES + " wrong passwords or codes in a row; locked for " + LOCK.toMinutes() + " minutes");
            return true;
        }
        return false;
    }
}
