package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

/**
 * What the deadline expressions need of a campaign, as values: the settings they use and the milestones' dates.
 * Read in one query without entities, so starting an agency's assessment neither hydrates nor flushes the campaign.
 */
public record CampaignPlan(int escalationDays, String reminderOffsets, List<MilestoneDates> milestones) {

    public Optional<MilestoneDates> milestone(MilestoneType type) {
        return milestones.stream().filter(m -> m.type() == type).findFirst();
    }

    static Optional<CampaignPlan> of(List<CampaignRepository.PlanRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CampaignRepository.PlanRow first = rows.get(0);
        List<MilestoneDates> milestones = rows.stream().filter(row -> row.type() != null)
                .map(row -> new MilestoneDates(row.type(), Boolean.TRUE.equals(row.used()), row.windowStart(),
                        row.dueDate()))
                .toList();
        return Optional.of(new CampaignPlan(first.escalationDays(), first.reminderOffsets(), milestones));
    }
}
