package vn.parindex.assessment;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;

/** The agency's open task of a given key (e.g. submitSelfAssessment), which decides what may still change. */
@Component
public class OpenTasks {

    public static final String SUBMIT = "submitSelfAssessment";
    public static final String SUPPLEMENTARY = "provideSupplementaryEvidence";

    private final WorkItemRepository workItems;

    OpenTasks(WorkItemRepository workItems) {
        this.workItems = workItems;
    }

    public Optional<WorkItem> find(Long campaignId, Long agencyId, String taskKey) {
        return workItems.findByCampaignIdAndAgencyIdAndState(campaignId, agencyId, WorkItemState.OPEN).stream()
                .filter(item -> taskKey.equals(item.getTaskKey())).findFirst();
    }

    public boolean selfAssessmentOpen(Long campaignId, Long agencyId) {
        return find(campaignId, agencyId, SUBMIT).isPresent();
    }
}
