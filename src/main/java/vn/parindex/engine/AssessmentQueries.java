package vn.parindex.engine;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AppraisalRounds;

/** What agency-assessment.bpmn asks about appraisal rounds: ${assessment.reviewersToAppraise(…)}. */
@Component("assessment")
public class AssessmentQueries {

    private final AppraisalRounds rounds;

    AssessmentQueries(AppraisalRounds rounds) {
        this.rounds = rounds;
    }

    public List<Long> reviewersToAppraise(Long campaignId, Long agencyId, String processInstanceId) {
        return rounds.reviewersToAppraise(campaignId, agencyId, processInstanceId);
    }

    public boolean supplementaryRequested(Long campaignId, Long agencyId, String processInstanceId) {
        return rounds.supplementaryRequested(campaignId, agencyId, processInstanceId);
    }
}
