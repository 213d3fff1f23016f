package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

    List<CriterionScore> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    List<CriterionScore> findByCampaignId(Long campaignId);

    Optional<CriterionScore> findByCampaignIdAndAgencyIdAndCriterionId(Long campaignId, Long agencyId, Long criterionId);
}
