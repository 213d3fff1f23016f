package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByOrganiserIdOrderByYearDesc(Long organiserId);

    Optional<Campaign> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Campaign> findByOrganiserIdAndYear(Long organiserId, int year);

    @Query("""
            select distinct c from Campaign c join c.frameworks v
            where v.id = :versionId and c.status = vn.parindex.campaign.CampaignStatus.RUNNING""")
    List<Campaign> findRunningWithFramework(Long versionId);

    /** The code of an agency the campaign assesses, without loading the campaign's agencies. */
    @Query("select a.code from Campaign c join c.agencies a where c.id = :campaignId and a.id = :agencyId")
    Optional<String> findAgencyCode(Long campaignId, Long agencyId);
}
