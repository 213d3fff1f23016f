package vn.parindex.engine;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AppraisalRounds;

/** What agency-assessment.bpmn asks about appraisal rounds: ${assessment.reviewersToAppraise(…)}. */
@Component("assessment")
@RequiredArgsConstructor
public class AssessmentQueries {

    private final AppraisalRounds rounds;

    public List<Long> reviewersToAppraise(Long campaignId, Long agencyId, String processInstanceId) {
        return rounds.reviewersToAppraise(campaignId, agencyId, processInstanceId);
    }

    public boolean supplementaryRequested(Long campaignId, Long agencyId, String processInstanceId) {
        return rounds.supplementaryRequested(campaignId, agencyId, processInstanceId);
    }
}
