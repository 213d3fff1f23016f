package vn.parindex.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreAuditRepository extends JpaRepository<ScoreAudit, Long> {

    List<ScoreAudit> findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(Long campaignId, Long agencyId,
                                                                                  Long criterionId);

    List<ScoreAudit> findByCampaignIdAndAgencyIdOrderByChangedAtDesc(Long campaignId, Long agencyId);
}
