package vn.parindex.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplementaryRequestRepository extends JpaRepository<SupplementaryRequest, Long> {

    List<SupplementaryRequest> findByCampaignIdAndAgencyIdOrderByRequestedAt(Long campaignId, Long agencyId);

    List<SupplementaryRequest> findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(Long campaignId, Long agencyId);
}
