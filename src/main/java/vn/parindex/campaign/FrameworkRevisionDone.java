package vn.parindex.campaign;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.parindex.framework.FrameworkVersionPublished;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemRepository;
import vn.parindex.tasklist.WorkItemState;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;

/**
 * The "Publish criteria framework" task completes itself once every framework version a running campaign
 * uses is published; the publication itself has committed by then, whatever happens here.
 */
@Component
class FrameworkRevisionDone {

    static final String TASK = ProcessModel.PUBLISH_FRAMEWORK;

    private final CampaignRepository campaigns;
    private final CampaignRuns runs;
    private final WorkItemRepository workItems;
    private final Workflow processes;

    FrameworkRevisionDone(CampaignRepository campaigns, CampaignRuns runs, WorkItemRepository workItems,
                          Workflow processes) {
        this.campaigns = campaigns;
        this.runs = runs;
        this.workItems = workItems;
        this.processes = processes;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(FrameworkVersionPublished event) {
        for (Campaign campaign : campaigns.findRunningWithFramework(event.versionId())) {
            if (!runs.frameworksPublished(campaign.getId())) {
                continue;
            }
            for (WorkItem item : workItems.findByCampaignIdAndState(campaign.getId(), WorkItemState.OPEN)) {
                if (item.getTaskKey().equals(TASK)) {
                    processes.complete(item.getTaskId(), event.by(), Map.of("frameworkPublished", true));
                }
            }
        }
    }
}
