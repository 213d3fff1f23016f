package vn.parindex.tasklist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other packages read our copy of the engine's user tasks: named queries, none of them writing.
 * {@link WorkItemRepository} stays inside this package (ArchitectureTest).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class WorkItemQueries {

    private final WorkItemRepository items;

    public Optional<WorkItem> find(String taskId) {
        return items.findById(taskId);
    }

    /** The task, if its campaign is the organiser's: the line no query crosses. */
    public Optional<WorkItem> findInOrganiser(String taskId, Long organiserId) {
        return items.findInOrganiser(taskId, organiserId);
    }

    public List<WorkItem> all(Collection<String> taskIds) {
        return items.findAllById(taskIds);
    }

    public List<WorkItem> openOfCampaign(Long campaignId) {
        return items.findByCampaignIdAndState(campaignId, WorkItemState.OPEN);
    }

    public List<WorkItem> completedOfCampaign(Long campaignId) {
        return items.findByCampaignIdAndState(campaignId, WorkItemState.COMPLETED);
    }

    public List<WorkItem> openOfAgency(Long campaignId, Long agencyId) {
        return items.findByCampaignIdAndAgencyIdAndState(campaignId, agencyId, WorkItemState.OPEN);
    }

    public List<WorkItem> completedOfInstance(String processInstanceId) {
        return items.findByProcessInstanceIdAndState(processInstanceId, WorkItemState.COMPLETED);
    }
}
