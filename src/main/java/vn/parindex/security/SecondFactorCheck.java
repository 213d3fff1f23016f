package vn.parindex.security;

import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.AppClock;

/**
 * Checks a code against an account's second factor: a TOTP code of the authenticator (within one step of clock
 * skew, each step used once) or one of its recovery codes (each used once). Every refusal is audited with its
 * reason and, at login, counts towards the lockout like a wrong password.
 */
@Service
class SecondFactorCheck {

    enum Outcome {
        CODE_ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, REPLAYED, CLOCK_SKEW, RECOVERY_CODE_USED, LOCKED;

        boolean accepted() {
            return this == CODE_ACCEPTED || this == RECOVERY_CODE_ACCEPTED;
        }
    }

    private final AppUserRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final AppClock clock;

    SecondFactorCheck(AppUserRepository users, RecoveryCodeRepository recoveryCodes, PasswordEncoder encoder,
                      LoginThrottle throttle, AuditLog audit, AppClock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The second step of a login; a refusal counts towards the account's lockout. */
    @Transactional
    public Outcome atLogin(Long userId, String input) {
        AppUser user = users.findById(userId).orElseThrow();
        if (locked(user)) {
            audit.recordFor(AuditKind.MFA_FAILED, user.getUsername(), "account locked");
            return Outcome.LOCKED;
        }
        Outcome outcome = check(user, input, true);
        if (!outcome.accepted() && throttle.onWrongSecondFactor(user.getUsername())) {
            return Outcome.LOCKED;
        }
        return outcome;
    }

    /** A logged-in user proving they still hold the factor (new recovery codes, turning it off). */
    @Transactional
    public Outcome forChange(Long userId, String input) {
        return check(users.findById(userId).orElseThrow(), input, false);
    }

    private Outcome check(AppUser user, String input, boolean recoveryCodeAllowed) {
        String given = input == null ? "" : input.replaceAll("\\s", "");
        Outcome outcome;
        if (!user.hasSecondFactor()) {
            outcome = Outcome.WRONG;
        } else if (Totp.looksLikeCode(given)) {
            outcome = totp(user, given);
        } else if (recoveryCodeAllowed) {
            outcome = recoveryCode(user, normaliseRecoveryCode(given));
        } else {
            outcome = Outcome.WRONG;
        }
        if (!outcome.accepted()) {
            audit.recordFor(AuditKind.MFA_FAILED, user.getUsername(), reason(outcome));
        }
        return outcome;
    }

    private Outcome totp(AppUser user, String code) {
        Instant now = Instant.now(); // the phone's time is the real one, never the demo clock
        OptionalLong step = Totp.matchingStep(user.getTotpSecret(), code, now, Totp.SKEW_ACCEPTED);
        if (step.isPresent()) {
            return users.useTotpStep(user.getId(), step.getAsLong()) > 0 ? Outcome.CODE_ACCEPTED : Outcome.REPLAYED;
        }
        return Totp.matchingStep(user.getTotpSecret(), code, now, Totp.SKEW_REPORTED).isPresent()
                ? Outcome.CLOCK_SKEW : Outcome.WRONG;
    }

    private Outcome recoveryCode(AppUser user, String code) {
        if (code.length() != RecoveryCodes.LENGTH) {
            return Outcome.WRONG;
        }
        for (RecoveryCode stored : recoveryCodes.findByUserId(user.getId())) {
            if (encoder.matches(code, stored.getCodeHash())) {
                if (stored.getUsedAt() == null && recoveryCodes.use(stored.getId(), Instant.now()) > 0) {
                    return Outcome.RECOVERY_CODE_ACCEPTED;
                }
                return Outcome.RECOVERY_CODE_USED;
            }
        }
        return Outcome.WRONG;
    }

    static String normaliseRecoveryCode(String input) {
        return input.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private boolean locked(AppUser user) {
        return user.getLockedUntil() != null && user.getLockedUntil().isAfter(clock.instant());
    }

    private static String reason(Outcome outcome) {
        return switch (outcome) {
            case WRONG -> "wrong code";
            case REPLAYED -> "code already used (replayed time step)";
            case CLOCK_SKEW -> "code of a clock more than " + Totp.SKEW_ACCEPTED * Totp.PERIOD_SECONDS + " s off";
            case RECOVERY_CODE_USED -> "recovery code already used";
            default -> outcome.name();
        };
    }
}
