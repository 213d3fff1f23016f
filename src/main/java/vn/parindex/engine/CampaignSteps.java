package vn.parindex.engine;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.CampaignRuns;
import vn.parindex.workflow.ProcessModel.Variables;

/** The service tasks of par-campaign.bpmn: each a line that calls the campaign's application service. */
@Component("campaignSteps")
@RequiredArgsConstructor
public class CampaignSteps {

    private final CampaignRuns runs;

    public void open(DelegateExecution execution) {
        runs.opened(campaignId(execution));
    }

    public boolean frameworkRevisionNeeded(Long campaignId) {
        return runs.frameworkRevisionNeeded(campaignId);
    }

    public List<Long> agencyIds(Long campaignId) {
        return runs.assessedAgencyIds(campaignId);
    }

    public String assessmentKey(Long campaignId, Long agencyId) {
        return runs.assessmentKey(campaignId, agencyId);
    }

    public void published(DelegateExecution execution) {
        runs.published(campaignId(execution));
    }

    static Long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Variables.CAMPAIGN_ID)).longValue();
    }

    static Long agencyId(DelegateExecution execution) {
        Object id = execution.getVariable(Variables.AGENCY_ID);
        return id == null ? null : ((Number) id).longValue();
    }
}
