package vn.parindex.assessment.evidence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    List<EvidenceFile> findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(Long campaignId, Long agencyId);

    List<EvidenceFile> findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(Long campaignId,
                                                                                               Long agencyId,
                                                                                               Long criterionId);
}
