package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyExtensionRepository extends JpaRepository<AgencyExtension, Long> {

    Optional<AgencyExtension> findByCampaignIdAndAgencyIdAndMilestone(Long campaignId, Long agencyId,
                                                                       MilestoneType milestone);

    List<AgencyExtension> findByCampaignId(Long campaignId);

    List<AgencyExtension> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);
}
