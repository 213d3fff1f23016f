package vn.parindex.assessment;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemCompleted;
import vn.parindex.workflow.ProcessModel;

/** Moves an agency's assessment along as its officials complete their tasks, and records when and how late. */
@Component
@RequiredArgsConstructor
class AssessmentProgress {

    private final AgencyAssessments assessments;

    @EventListener
    void on(WorkItemCompleted event) {
        WorkItem item = event.item();
        if (item.getAgencyId() == null) {
            return;
        }
        switch (item.getTaskKey()) {
            case ProcessModel.SUBMIT_SELF_ASSESSMENT ->
                    assessments.selfAssessmentSubmitted(item.getCampaignId(), item.getAgencyId(),
                    item.getCompletedAt(), item.getLateDays() == null ? 0 : item.getLateDays());
            case ProcessModel.SIGN_OFF_SELF_ASSESSMENT -> assessments.moveTo(item.getCampaignId(), item.getAgencyId(),
                    "approve".equals(item.getOutcome()) ? AssessmentStatus.IN_APPRAISAL : AssessmentStatus.OPEN);
            default -> {
            }
        }
    }
}
