package vn.parindex.appraisal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.OpenQuestions;

/** The supplementary requests still waiting for the agency, grouped by leaf for its scorecard. */
@Component
@RequiredArgsConstructor
class UnansweredRequests implements OpenQuestions {

    private final SupplementaryRequestRepository requests;

    @Override
    public Map<Long, List<String>> unansweredByCriterion(Long campaignId, Long agencyId) {
        return requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(campaignId, agencyId).stream()
                .collect(Collectors.groupingBy(SupplementaryRequest::getCriterionId,
                        Collectors.mapping(SupplementaryRequest::getMessage, Collectors.toList())));
    }
}
