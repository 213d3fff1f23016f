package vn.parindex.campaign;

import vn.parindex.agency.AgencyType;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;

/** Copies the frameworks' default reviewing departments into a campaign, where they can then be edited. */
public final class ReviewerDefaults {

    private ReviewerDefaults() {
    }

    public static void copyInto(Campaign campaign, AgencyType agencyType, FrameworkVersion version) {
        campaign.getReviewerAssignments().removeIf(a -> a.getAgencyType().equals(agencyType));
        for (Criterion criterion : version.getCriteria()) {
            if (criterion.getReviewerAgency() != null) {
                campaign.assignReviewer(agencyType, criterion.getCode(), criterion.getReviewerAgency());
            }
        }
    }
}
