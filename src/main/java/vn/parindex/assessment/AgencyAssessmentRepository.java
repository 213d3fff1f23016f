package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyAssessmentRepository extends JpaRepository<AgencyAssessment, Long> {

    /** JPQL, so its plan is cached: every agency's start at launch asks it (a derived query is rebuilt per call). */
    @Query("select a from AgencyAssessment a where a.campaign.id = :campaignId and a.agency.id = :agencyId")
    Optional<AgencyAssessment> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    List<AgencyAssessment> findByCampaignId(Long campaignId);

    long countByCampaignId(Long campaignId);
}
