package vn.parindex.tasklist;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.CampaignWork;
import vn.parindex.campaign.MilestoneType;

/** The task list's answers to the campaign run time's questions about work items. */
@Component
@RequiredArgsConstructor
class CampaignWorkQueries implements CampaignWork {

    private final WorkItemRepository workItems;

    @Override
    public List<Task> open(Long campaignId) {
        return tasks(workItems.findByCampaignIdAndState(campaignId, WorkItemState.OPEN));
    }

    @Override
    public List<Task> openOfAgency(Long campaignId, Long agencyId) {
        return tasks(workItems.findByCampaignIdAndAgencyIdAndState(campaignId, agencyId, WorkItemState.OPEN));
    }

    @Override
    public List<Task> openOfMilestone(Long campaignId, MilestoneType milestone) {
        return tasks(workItems.findByCampaignIdAndMilestoneAndState(campaignId, milestone, WorkItemState.OPEN));
    }

    @Override
    public List<Task> openOfAgencies(Long campaignId, List<Long> agencyIds) {
        return tasks(workItems.findByCampaignIdAndStateAndAgencyIdIn(campaignId, WorkItemState.OPEN, agencyIds));
    }

    @Override
    public List<Task> allOfAgency(Long campaignId, Long agencyId) {
        return tasks(workItems.findByCampaignIdAndAgencyIdOrderByCreatedAt(campaignId, agencyId));
    }

    @Override
    public long countOpen(Long campaignId) {
        return workItems.countByCampaignIdAndState(campaignId, WorkItemState.OPEN);
    }

    @Override
    public long countAgenciesWithOpenTasks(Long campaignId) {
        return workItems.countAgenciesWithOpenTasks(campaignId);
    }

    private static List<Task> tasks(List<WorkItem> items) {
        return items.stream().map(i -> new Task(i.getTaskId(), i.getTaskKey(), i.getAgencyId(),
                i.getReviewerAgencyId(), i.getMilestone(), i.getDueAt(), i.getState() == WorkItemState.COMPLETED)).toList();
    }
}
