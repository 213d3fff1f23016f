package vn.parindex.campaign;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.parindex.framework.FrameworkVersionPublished;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;

/**
 * The "Publish criteria framework" task completes itself once every framework version a running campaign
 * uses is published; the publication itself has committed by then, whatever happens here.
 */
@Component
@RequiredArgsConstructor
class FrameworkRevisionDone {

    static final String TASK = ProcessModel.PUBLISH_FRAMEWORK;

    private final CampaignRepository campaigns;
    private final CampaignRuns runs;
    private final CampaignWork work;
    private final Workflow processes;

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(FrameworkVersionPublished event) {
        for (Campaign campaign : campaigns.findRunningWithFramework(event.versionId())) {
            if (!runs.frameworksPublished(campaign.getId())) {
                continue;
            }
            for (CampaignWork.Task item : work.open(campaign.getId())) {
                if (item.taskKey().equals(TASK)) {
                    processes.complete(item.taskId(), event.by(), Map.of("frameworkPublished", true));
                }
            }
        }
    }
}
