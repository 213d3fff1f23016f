package vn.parindex.security;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.Organiser;
import vn.parindex.common.AppClock;

/** Creates and changes user accounts; each change is published as a {@link UserEvent} (the engine mirrors them). */
@Service
@RequiredArgsConstructor
public class UserAccounts {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final UserSessions sessions;
    private final AppClock clock;
    private final AuditLog audit;

    @Transactional
    public AppUser create(String username, String fullName, String email, Organiser organiser, Agency agency,
                          Set<Role> roles, String rawPassword, boolean mustChangePassword) {
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException("username.taken");
        }
        if (!worksFor(agency, organiser)) {
            throw new IllegalArgumentException("user.agencyOutsideOrganiser");
        }
        AppUser user = new AppUser(username, fullName, organiser, agency);
        user.setEmail(email);
        user.setRoles(roles);
        user.setPasswordHash(passwordEncoder.encode(rawPassword));
        user.setMustChangePassword(mustChangePassword);
        user.setPasswordChangedAt(clock.instant());
        user.setLastUsedAt(clock.instant());
        users.save(user);
        events.publishEvent(UserEvent.of(user, true));
        return user;
    }

    @Transactional
    public void save(AppUser user) {
        users.save(user);
        events.publishEvent(UserEvent.of(user, false));
    }

    /** Enabling an account again (also a dormant one) starts its dormancy count afresh. */
    @Transactional
    public void setActive(AppUser user, boolean active) {
        user.setActive(active);
        if (active) {
            user.setDormantSince(null);
            user.setLastUsedAt(clock.instant());
        }
        save(user);
        if (!active) {
            sessions.endAll(user.getUsername(), "account deactivated");
        }
    }

    /** Sets a temporary password the user must change at the next login. */
    @Transactional
    public void resetPassword(AppUser user, String temporaryPassword) {
        user.setPasswordHash(passwordEncoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
        user.setPasswordChangedAt(clock.instant());
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        users.save(user);
        sessions.endAll(user.getUsername(), "password reset");
        audit.recordAfterCommit(AuditKind.PASSWORD_CHANGED, "temporary password set for " + user.getUsername());
    }

    @Transactional
    public void changePassword(AppUser user, String newPassword) {
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        user.setPasswordChangedAt(clock.instant());
        users.save(user);
        audit.recordAfterCommit(AuditKind.PASSWORD_CHANGED, "password of " + user.getUsername() + " changed");
    }

    /** Ends every session of the user (an administrator asked). */
    public void endSessions(AppUser user) {
        sessions.endAll(user.getUsername(), "asked by an administrator");
    }

    public int openSessions(AppUser user) {
        return sessions.count(user.getUsername());
    }

    public boolean passwordMatches(AppUser user, String rawPassword) {
        return passwordEncoder.matches(rawPassword, user.getPasswordHash());
    }

    /**
     * A user works for the organiser of their agency, or for the lower organiser whose standing body their
     * agency is (a district's People's Committee running its communes' index).
     */
    public static boolean worksFor(Agency agency, Organiser organiser) {
        return agency.getOrganiser().getId().equals(organiser.getId())
                || (organiser.getStandingAgency() != null
                && organiser.getStandingAgency().getId().equals(agency.getId()));
    }
}
