package vn.parindex.engine;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AgencyAssessments;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.timeline.DeadlineChanges;
import vn.parindex.workflow.ProcessModel.Variables;

/** The service tasks of agency-assessment.bpmn and missed-deadline-decision.bpmn. */
@Component("assessmentSteps")
@RequiredArgsConstructor
public class AssessmentSteps {

    private final AgencyAssessments assessments;
    private final DeadlineChanges deadlineChanges;

    public void open(DelegateExecution execution) {
        assessments.open(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution),
                execution.getProcessInstanceId());
    }

    public void closeNotSubmitted(DelegateExecution execution) {
        assessments.closeNotSubmitted(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution),
                (String) execution.getVariable(Variables.DECISION_COMMENT));
    }

    /** A sent self-assessment was withdrawn (message event): open again. */
    public void withdrawn(DelegateExecution execution) {
        assessments.withdrawn(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution));
    }

    public void finalise(DelegateExecution execution) {
        assessments.moveTo(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution), AssessmentStatus.FINAL);
    }

    /** The organiser extended the deadline for this agency: the new date and the reason come from the form. */
    public void extend(DelegateExecution execution) {
        Object date = execution.getVariable(Variables.NEW_DUE_DATE);
        deadlineChanges.extendForAgency(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution),
                milestone(execution), LocalDate.parse(String.valueOf(date).substring(0, 10)),
                (String) execution.getVariable(Variables.COMMENT), decidedBy(execution));
    }

    public void recordMissed(DelegateExecution execution) {
        assessments.milestoneClosed(CampaignSteps.campaignId(execution), CampaignSteps.agencyId(execution),
                milestone(execution).name(), (String) execution.getVariable(Variables.COMMENT), decidedBy(execution));
    }

    private static MilestoneType milestone(DelegateExecution execution) {
        return MilestoneType.valueOf((String) execution.getVariable(Variables.MILESTONE));
    }

    /** Who completed the decision task (our task page passes it along; Camunda's Tasklist does not). */
    private static String decidedBy(DelegateExecution execution) {
        Object user = execution.getVariable(Variables.COMPLETED_BY);
        return user == null ? "organiser" : user.toString();
    }
}
