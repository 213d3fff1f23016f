package vn.parindex.dashboard;

import vn.parindex.agency.AgencyFilter;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.MilestoneType;

/**
 * What the organiser narrowed the dashboard's grid to; the filters combine. A milestone alone keeps the agencies
 * that have not finished it yet (pending or overdue); with "overdue" only those overdue at it; "overdue" alone
 * those overdue at any milestone.
 */
record GridFilter(AgencyFilter agency, MilestoneType milestone, AssessmentStatus status) {

    boolean matches(CampaignDashboard.Row row) {
        return agency.matches(row.agency().searchText(), row.agency().typeCode())
                && (status == null || status == row.status())
                && milestoneMatches(row);
    }

    private boolean milestoneMatches(CampaignDashboard.Row row) {
        if (milestone == null) {
            return !agency.overdue() || row.cells().containsValue(CellState.OVERDUE);
        }
        CellState cell = row.cells().get(milestone);
        return agency.overdue() ? cell == CellState.OVERDUE : cell == CellState.OVERDUE || cell == CellState.PENDING;
    }
}
