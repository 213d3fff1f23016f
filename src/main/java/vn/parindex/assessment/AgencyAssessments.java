package vn.parindex.assessment;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.AgencyRepository;
import vn.parindex.campaign.Campaigns;

/** The life of an agency's assessment as the agency-assessment process moves it along. */
@Service
@RequiredArgsConstructor
public class AgencyAssessments {

    private final AgencyAssessmentRepository assessments;
    private final Campaigns campaigns;
    private final AgencyRepository agencies;

    @Transactional
    public AgencyAssessment open(Long campaignId, Long agencyId, String processInstanceId) {
        AgencyAssessment assessment = assessments.findByCampaignIdAndAgencyId(campaignId, agencyId).orElseGet(() ->
                assessments.save(new AgencyAssessment(campaigns.reference(campaignId),
                        agencies.getReferenceById(agencyId), processInstanceId)));
        if (!processInstanceId.equals(assessment.getProcessInstanceId())) {
            assessment.reopened(processInstanceId);
        }
        return assessment;
    }

    /** The organiser reopened an assessment closed as not submitted; its new process instance follows. */
    @Transactional
    public void reopen(Long campaignId, Long agencyId) {
        AgencyAssessment assessment = find(campaignId, agencyId);
        assessment.reopened(assessment.getProcessInstanceId());
    }

    @Transactional
    public void selfAssessmentSubmitted(Long campaignId, Long agencyId, Instant at, int lateDays) {
        find(campaignId, agencyId).submitted(at, lateDays);
    }

    /** The sent self-assessment was withdrawn before its deadline: open again, not submitted. */
    @Transactional
    public void withdrawn(Long campaignId, Long agencyId) {
        find(campaignId, agencyId).withdrawn();
    }

    @Transactional
    public void moveTo(Long campaignId, Long agencyId, AssessmentStatus status) {
        find(campaignId, agencyId).setStatus(status);
    }

    @Transactional
    public void closeNotSubmitted(Long campaignId, Long agencyId, String reason) {
        find(campaignId, agencyId).closeNotSubmitted(reason);
    }

    /** The organiser closed a missed milestone of this agency as not submitted; kept with the reason. */
    @Transactional
    public void milestoneClosed(Long campaignId, Long agencyId, String milestone, String reason, String by) {
        find(campaignId, agencyId).milestoneClosed(milestone + " (" + by + "): " + (reason == null ? "" : reason));
    }

    private AgencyAssessment find(Long campaignId, Long agencyId) {
        return assessments.findByCampaignIdAndAgencyId(campaignId, agencyId).orElseThrow();
    }
}
