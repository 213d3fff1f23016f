package vn.parindex.survey;

import org.springframework.security.access.AccessDeniedException;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/** Who may see and send respondent lists (personal data) and who runs the survey's results. */
final class SurveyAccess {

    private SurveyAccess() {
    }

    /** The organiser (or an admin) of the agency's organiser, or the agency's own officers and head. */
    static void requireList(CurrentUser user, Long organiserId, Long agencyId) {
        boolean own = user.organiserId().equals(organiserId)
                && (user.actsForOrganiser() || (user.agencyId().equals(agencyId) && user.hasAny(Role.OFFICER, Role.HEAD)));
        if (!own) {
            throw new AccessDeniedException("Respondent list of agency " + agencyId);
        }
    }

    static void requireOrganiser(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("Survey administration needs the organiser role");
        }
    }
}
