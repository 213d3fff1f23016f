package vn.parindex.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyType;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;

/** Copies the frameworks' default reviewing departments into a campaign, where they can then be edited. */
public final class ReviewerDefaults {

    private ReviewerDefaults() {
    }

    /**
     * Replaces the campaign's assignments for this agency type by the version's defaults. Rows of codes kept
     * are updated in place: deleting and re-inserting the same (campaign, type, code) in one flush would
     * break the unique key, as Hibernate inserts before it deletes.
     */
    public static void copyInto(Campaign campaign, AgencyType agencyType, FrameworkVersion version) {
        Map<String, Agency> defaults = new LinkedHashMap<>();
        for (Criterion criterion : version.getCriteria()) {
            if (criterion.getReviewerAgency() != null) {
                defaults.put(criterion.getCode(), criterion.getReviewerAgency());
            }
        }
        campaign.getReviewerAssignments().removeIf(a -> a.getAgencyType().equals(agencyType)
                && !defaults.containsKey(a.getCriterionCode()));
        defaults.forEach((code, agency) -> campaign.assignReviewer(agencyType, code, agency));
    }

    /** Drops every assignment for this agency type (the type is no longer assessed). */
    public static void clear(Campaign campaign, AgencyType agencyType) {
        campaign.getReviewerAssignments().removeIf(a -> a.getAgencyType().equals(agencyType));
    }
}
