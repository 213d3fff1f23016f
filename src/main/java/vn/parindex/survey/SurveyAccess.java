package vn.parindex.survey;

import org.springframework.security.access.AccessDeniedException;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/**
 * Who may see and send respondent lists and who runs the survey's results. A respondent list is personal data
 * (names, phone numbers): the organiser and the agency's own officers and head see it, only the organiser exports
 * it, and an administrator, who runs the system rather than the survey, does neither.
 */
final class SurveyAccess {

    private SurveyAccess() {
    }

    /** Asked before any look-up: the roles that work with respondent lists at all. */
    static void requireListRole(CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.OFFICER, Role.HEAD)) {
            throw new AccessDeniedException("Respondent lists are for the organiser and the agencies' officers");
        }
    }

    /** The organiser, or the agency's own officers and head (the agency being of the user's organiser). */
    static void requireList(CurrentUser user, Long agencyId) {
        if (!user.has(Role.ORGANISER) && !(user.agencyId().equals(agencyId) && user.hasAny(Role.OFFICER, Role.HEAD))) {
            throw new AccessDeniedException("Respondent list of agency " + agencyId);
        }
    }

    static void requireExport(CurrentUser user) {
        if (!user.has(Role.ORGANISER)) {
            throw new AccessDeniedException("Only the organiser exports respondent lists");
        }
    }

    static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("Survey administration needs the organiser role");
        }
    }
}
