package vn.parindex.campaign;

import java.time.Instant;
import java.util.List;

/**
 * A running campaign's work items, as launching, deadline changes and the run page read them. Named queries the
 * task list answers, so campaigns stay below it.
 */
public interface CampaignWork {

    /** One work item, open or not. */
    record Task(String taskId, String taskKey, Long agencyId, Long reviewerAgencyId, MilestoneType milestone,
                Instant dueAt, boolean completed) {
    }

    List<Task> open(Long campaignId);

    List<Task> openOfAgency(Long campaignId, Long agencyId);

    List<Task> openOfMilestone(Long campaignId, MilestoneType milestone);

    List<Task> openOfAgencies(Long campaignId, List<Long> agencyIds);

    /** Open or done, oldest first. */
    List<Task> allOfAgency(Long campaignId, Long agencyId);

    long countOpen(Long campaignId);

    long countAgenciesWithOpenTasks(Long campaignId);
}
