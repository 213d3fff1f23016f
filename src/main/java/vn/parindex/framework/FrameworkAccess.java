package vn.parindex.framework;

import org.springframework.security.access.AccessDeniedException;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/** Who may do what with frameworks: organiser staff and admins edit; viewers and reviewers read. */
final class FrameworkAccess {

    private FrameworkAccess() {
    }

    static boolean mayEdit(CurrentUser user) {
        return user.actsForOrganiser();
    }

    static void requireRead(CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.REVIEWER)) {
            throw new AccessDeniedException("Frameworks are for organiser staff, viewers and reviewers");
        }
    }

    static void requireEdit(CurrentUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("Only organiser staff and admins change frameworks");
        }
    }
}
