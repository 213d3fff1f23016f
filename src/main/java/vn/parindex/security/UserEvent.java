package vn.parindex.security;

import java.util.Set;

/**
 * What became of an account, published (synchronously, inside the change's transaction) for whoever keeps a copy
 * of our users and their candidate groups: the engine's identity service.
 */
public sealed interface UserEvent {

    String username();

    String fullName();

    String email();

    /** The candidate groups the user is now a member of; none for a deactivated account. */
    Set<String> groups();

    record Created(String username, String fullName, String email, Set<String> groups) implements UserEvent {
    }

    /** Details, roles or the agency changed, or the account was enabled again: its memberships follow. */
    record Changed(String username, String fullName, String email, Set<String> groups) implements UserEvent {
    }

    /** The account is disabled: it leaves every group. */
    record Deactivated(String username, String fullName, String email) implements UserEvent {

        @Override
        public Set<String> groups() {
            return Set.of();
        }
    }

    static UserEvent of(AppUser user, boolean created) {
        Set<String> groups = CandidateGroups.of(user.getRoles(), user.getAgency().getCode(),
                user.getOrganiser().getCode());
        if (!user.isActive()) {
            return new Deactivated(user.getUsername(), user.getFullName(), user.getEmail());
        }
        return created ? new Created(user.getUsername(), user.getFullName(), user.getEmail(), groups)
                : new Changed(user.getUsername(), user.getFullName(), user.getEmail(), groups);
    }
}
