package vn.parindex.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.parindex.agency.AgencyOfficial;

/**
 * The logged-in official: who they are, for which agency and which organiser. Every controller asks
 * this before reading or changing data.
 */
public record CurrentUser(Long id, String username, String passwordHash, String fullName, Long organiserId,
                          String organiserCode, Long agencyId, String agencyCode, Set<Role> roles, boolean active,
                          boolean locked, boolean mustChangePassword, long version) implements UserDetails, AgencyOfficial {

    static CurrentUser of(AppUser user, boolean locked) {
        return of(user, locked, false);
    }

    /** With a password older than the allowed age, the user must change it like a temporary one. */
    static CurrentUser of(AppUser user, boolean locked, boolean passwordExpired) {
        return new CurrentUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.getFullName(),
                user.getOrganiser().getId(), user.getOrganiser().getCode(), user.getAgency().getId(),
                user.getAgency().getCode(), Set.copyOf(user.getRoles()), user.isActive(), locked,
                user.isMustChangePassword() || passwordExpired, user.getVersion());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Organiser staff (and admins) act for the whole organiser; everyone else only for their agency. */
    @Override
    public boolean actsForOrganiser() {
        return hasAny(Role.ORGANISER, Role.ADMIN);
    }

    @Override
    public boolean readsAgencies() {
        return hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER);
    }

    /** May this user see data of the given agency of the given organiser? */
    public boolean maySeeAgency(Long agencyOrganiserId, Long otherAgencyId) {
        if (!organiserId.equals(agencyOrganiserId)) {
            return false;
        }
        return actsForOrganiser() || hasAny(Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN) || agencyId.equals(otherAgencyId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
