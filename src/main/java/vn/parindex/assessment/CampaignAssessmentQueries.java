package vn.parindex.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.campaign.CampaignAssessments;

/** The assessment package's answers to the campaign run time's questions about assessments. */
@Component
@RequiredArgsConstructor
class CampaignAssessmentQueries implements CampaignAssessments {

    private final AgencyAssessmentRepository assessments;
    private final AgencyAssessments agencyAssessments;

    @Override
    public List<AssessmentStatus> statuses() {
        return List.of(AssessmentStatus.values());
    }

    @Override
    public long countOpened(Long campaignId) {
        return assessments.countByCampaignId(campaignId);
    }

    @Override
    public boolean closedNotSubmitted(Long campaignId, Long agencyId) {
        return assessments.findByCampaignIdAndAgencyId(campaignId, agencyId)
                .map(a -> a.getStatus() == AssessmentStatus.CLOSED_NOT_SUBMITTED).orElse(false);
    }

    @Override
    public boolean selfAssessmentSent(Long campaignId, Long agencyId) {
        return assessments.findByCampaignIdAndAgencyId(campaignId, agencyId)
                .map(a -> a.getStatus() != AssessmentStatus.OPEN
                        && a.getStatus() != AssessmentStatus.CLOSED_NOT_SUBMITTED).orElse(false);
    }

    @Override
    public Map<Long, String> processInstances(Long campaignId) {
        Map<Long, String> instances = new LinkedHashMap<>();
        assessments.findByCampaignId(campaignId)
                .forEach(a -> instances.put(a.getAgency().getId(), a.getProcessInstanceId()));
        return instances;
    }

    @Override
    public Optional<String> processInstance(Long campaignId, Long agencyId) {
        return assessments.findByCampaignIdAndAgencyId(campaignId, agencyId)
                .map(AgencyAssessment::getProcessInstanceId);
    }

    @Override
    public void reopen(Long campaignId, Long agencyId) {
        agencyAssessments.reopen(campaignId, agencyId);
    }
}
