package vn.parindex.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.parindex.campaign.MilestoneType;

public interface AgencyExtensionRepository extends JpaRepository<AgencyExtension, Long> {

    Optional<AgencyExtension> findByCampaignIdAndAgencyIdAndMilestone(Long campaignId, Long agencyId,
                                                                       MilestoneType milestone);

    List<AgencyExtension> findByCampaignId(Long campaignId);

    /** JPQL, so its plan is cached: every agency's start at launch asks it (a derived query is rebuilt per call). */
    @Query("select e from AgencyExtension e where e.campaignId = :campaignId and e.agencyId = :agencyId")
    List<AgencyExtension> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);
}
