package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyAssessmentRepository extends JpaRepository<AgencyAssessment, Long> {

    Optional<AgencyAssessment> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    List<AgencyAssessment> findByCampaignId(Long campaignId);

    long countByCampaignId(Long campaignId);
}
