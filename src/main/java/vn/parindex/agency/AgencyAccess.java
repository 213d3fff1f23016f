package vn.parindex.agency;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/** Who may see and change the agencies of an organiser. */
final class AgencyAccess {

    private AgencyAccess() {
    }

    /** Organiser staff and admins read and change; viewers read. */
    static void requireRead(AgencyOfficial user) {
        if (!user.readsAgencies()) {
            throw new AccessDeniedException("agencies of the organiser");
        }
    }

    static void requireEdit(AgencyOfficial user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("changing agencies");
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
