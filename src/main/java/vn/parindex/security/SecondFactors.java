package vn.parindex.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who must have a second factor, and its life: enrolment (the new secret waits in the session until a code of it
 * is confirmed, so an abandoned enrolment changes nothing), new recovery codes, turning it off, an administrator's
 * reset. Each change is audited.
 */
@Service
public class SecondFactors {

    /** The secret of an enrolment not confirmed yet. */
    static final String ENROLMENT = SecondFactors.class.getName() + ".enrolment";

    private final AppUserRepository users;
    private final TwoFactorSettings settings;
    private final RecoveryCodes recoveryCodes;
    private final RememberedDevices devices;
    private final SecondFactorCheck check;
    private final AuditLog audit;

    SecondFactors(AppUserRepository users, TwoFactorSettings settings, RecoveryCodes recoveryCodes,
                  RememberedDevices devices, SecondFactorCheck check, AuditLog audit) {
        this.users = users;
        this.settings = settings;
        this.recoveryCodes = recoveryCodes;
        this.devices = devices;
        this.check = check;
        this.audit = audit;
    }

    /** What the user's own page shows. */
    record Status(boolean enrolled, Instant enrolledAt, boolean required, long recoveryCodesLeft) {
    }

    @Transactional(readOnly = true)
    public Status status(Long userId) {
        AppUser user = users.findById(userId).orElseThrow();
        return new Status(user.hasSecondFactor(), user.getTotpEnrolledAt(), required(user),
                user.hasSecondFactor() ? recoveryCodes.left(userId) : 0);
    }

    /**
     * Whether the user must log in with a second factor: by role, or because their organiser asks it of all (the
     * organiser is read: call it inside a transaction).
     */
    public boolean required(AppUser user) {
        return settings.requiredFor(user.getRoles()) || user.getOrganiser().isTwoFactorForAllRoles();
    }

    /** A logged-in user who must have a second factor and has none yet: enrolment before anything else. */
    boolean mustEnrol(CurrentUser user, AccountState state) {
        return !state.secondFactor() && (settings.requiredFor(user.roles()) || state.secondFactorForAllRoles());
    }

    /**
     * The engine REST API takes a password alone (HTTP Basic), so it is open only to accounts no second factor
     * applies to, and to the automation accounts the installation names (docs/security.md).
     */
    boolean mayUsePasswordAlone(CurrentUser user) {
        if (settings.getEngineRestAccounts().contains(user.username())) {
            return true;
        }
        AccountState state = users.stateOf(user.id()).orElse(null);
        return state != null && !state.secondFactor() && !mustEnrol(user, state);
    }

    String startEnrolment(HttpSession session) {
        String secret = Totp.newSecret();
        session.setAttribute(ENROLMENT, secret);
        return secret;
    }

    static String pendingEnrolment(HttpSession session) {
        return (String) session.getAttribute(ENROLMENT);
    }

    static void abandonEnrolment(HttpSession session) {
        session.removeAttribute(ENROLMENT);
    }

    /**
     * Confirms the enrolment waiting in the session with a code of its secret: the factor is the account's from now
     * on, with ten new recovery codes (returned, to be shown once); remembered devices are forgotten. Empty when the
     * code is not one of the secret's.
     */
    @Transactional
    public Optional<List<String>> confirm(CurrentUser current, HttpSession session, String code) {
        String secret = pendingEnrolment(session);
        String given = code == null ? "" : code.replaceAll("\\s", "");
        OptionalLong step = secret == null || !Totp.looksLikeCode(given) ? OptionalLong.empty()
                : Totp.matchingStep(secret, given, Instant.now(), Totp.SKEW_ACCEPTED);
        if (step.isEmpty()) {
            audit.record(AuditKind.MFA_FAILED, "enrolment: wrong code");
            return Optional.empty();
        }
        AppUser user = users.findById(current.id()).orElseThrow();
        boolean replaced = user.hasSecondFactor();
        user.enrolSecondFactor(secret, step.getAsLong(), Instant.now());
        users.save(user);
        devices.forgetAll(user.getId());
        List<String> codes = recoveryCodes.renew(user.getId());
        abandonEnrolment(session);
        audit.record(AuditKind.MFA_ENROLLED, replaced ? "authenticator replaced" : "authenticator confirmed");
        return Optional.of(codes);
    }

    /** Ten new recovery codes (the old ones stop working), after a current code of the authenticator. */
    @Transactional
    public Optional<List<String>> renewRecoveryCodes(CurrentUser current, String code) {
        if (!check.forChange(current.id(), code).accepted()) {
            return Optional.empty();
        }
        List<String> codes = recoveryCodes.renew(current.id());
        audit.record(AuditKind.MFA_ENROLLED, "new recovery codes");
        return Optional.of(codes);
    }

    /** The user turns their second factor off, after a current code; not where it is required. */
    @Transactional
    public boolean turnOff(CurrentUser current, String code) {
        AppUser user = users.findById(current.id()).orElseThrow();
        if (required(user)) {
            throw new AccessDeniedException("second factor required");
        }
        if (!check.forChange(user.getId(), code).accepted()) {
            return false;
        }
        remove(user);
        audit.record(AuditKind.MFA_RESET, "turned off by the user");
        return true;
    }

    /** An administrator removes a user's second factor (a lost phone): the user enrols again at the next login. */
    @Transactional
    public void reset(CurrentUser admin, Long userId) {
        if (!admin.has(Role.ADMIN)) {
            throw new AccessDeniedException("second factor reset");
        }
        AppUser user = users.findByIdAndOrganiserId(userId, admin.organiserId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!user.hasSecondFactor()) {
            return;
        }
        remove(user);
        audit.record(AuditKind.MFA_RESET, "second factor of " + user.getUsername() + " reset by an administrator");
    }

    private void remove(AppUser user) {
        user.removeSecondFactor();
        users.save(user);
        recoveryCodes.removeAll(user.getId());
        devices.forgetAll(user.getId());
    }
}
