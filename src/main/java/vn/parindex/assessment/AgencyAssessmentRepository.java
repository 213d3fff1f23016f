package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AgencyAssessmentRepository extends JpaRepository<AgencyAssessment, Long> {

    /** JPQL, so its plan is cached: every agency's start at launch asks it (a derived query is rebuilt per call). */
    @Query("select a from AgencyAssessment a where a.campaign.id = :campaignId and a.agency.id = :agencyId")
    Optional<AgencyAssessment> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    /** The assessment, locked until the transaction ends: a withdrawal and an appraisal save wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AgencyAssessment a where a.campaign.id = ?1 and a.agency.id = ?2")
    Optional<AgencyAssessment> lockByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    List<AgencyAssessment> findByCampaignId(Long campaignId);

    long countByCampaignId(Long campaignId);
}
