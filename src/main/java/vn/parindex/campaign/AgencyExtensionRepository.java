package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgencyExtensionRepository extends JpaRepository<AgencyExtension, Long> {

    Optional<AgencyExtension> findByCampaignIdAndAgencyIdAndMilestone(Long campaignId, Long agencyId,
                                                                       MilestoneType milestone);

    List<AgencyExtension> findByCampaignId(Long campaignId);

    /** Written as JPQL, not derived: Hibernate caches its translation (each agency's start asks for it). */
    @Query("select e from AgencyExtension e where e.campaignId = :campaignId and e.agencyId = :agencyId")
    List<AgencyExtension> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);
}
