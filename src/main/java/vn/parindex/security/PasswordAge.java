package vn.parindex.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Periodic password change, where the province's rules ask for it: a password older than
 * {@code parindex.security.password.max-age-days} must be changed at the next login. 0, the default, never asks
 * (ASVS V6.2.10 forbids periodic changes; see the deviation in docs/security.md).
 */
@Component
class PasswordAge {

    private final int maxAgeDays;
    private final Clock clock;

    PasswordAge(@Value("${parindex.security.password.max-age-days:0}") int maxAgeDays, Clock clock) {
        if (maxAgeDays < 0) {
            throw new IllegalStateException("parindex.security.password.max-age-days must be 0 (never) or more, not "
                    + maxAgeDays);
        }
        this.maxAgeDays = maxAgeDays;
        this.clock = clock;
    }

    int maxAgeDays() {
        return maxAgeDays;
    }

    boolean expired(AppUser user) {
        return maxAgeDays > 0 && user.getPasswordChangedAt() != null
                && user.getPasswordChangedAt().plus(Duration.ofDays(maxAgeDays)).isBefore(clock.instant());
    }
}
