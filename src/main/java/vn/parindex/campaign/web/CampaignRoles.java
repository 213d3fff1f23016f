package vn.parindex.campaign.web;

import org.springframework.security.access.AccessDeniedException;

import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;

/** Who may see and who may change an organiser's campaigns. */
final class CampaignRoles {

    private CampaignRoles() {
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAny(Role.ORGANISER, Role.ADMIN, Role.VIEWER, Role.COUNCIL, Role.CHAIRMAN)) {
            throw new AccessDeniedException("User " + user.username() + " may not see campaigns");
        }
    }

    static void requireEditor(CurrentUser user) {
        if (!user.actsForOrganiser()) {
            throw new AccessDeniedException("User " + user.username() + " may not change campaigns");
        }
    }
}
