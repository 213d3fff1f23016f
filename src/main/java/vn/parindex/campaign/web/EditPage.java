package vn.parindex.campaign.web;

import org.springframework.ui.Model;

import vn.parindex.campaign.web.CampaignViews.Header;
import vn.parindex.security.CurrentUser;

/**
 * The campaign's edit pages double as read-only views: readers (viewer, council, chairman) and editors of a
 * campaign past its draft see the same form with its fields disabled.
 */
final class EditPage {

    private EditPage() {
    }

    static void prepare(CurrentUser user, Header header, Model model) {
        model.addAttribute("campaign", header);
        model.addAttribute("canEdit", user.actsForOrganiser() && header.draft());
        model.addAttribute("readOnlyReason", !header.draft() ? "campaign.readOnly.notDraft"
                : user.actsForOrganiser() ? null : "campaign.readOnly.role");
    }
}
