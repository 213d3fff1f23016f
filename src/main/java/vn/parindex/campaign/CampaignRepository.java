package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByOrganiserIdOrderByYearDesc(Long organiserId);

    Optional<Campaign> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Campaign> findByOrganiserIdAndYear(Long organiserId, int year);

    @org.springframework.data.jpa.repository.Query("""
            select distinct c from Campaign c join c.frameworks v
            where v.id = :versionId and c.status = vn.parindex.campaign.CampaignStatus.RUNNING""")
    List<Campaign> findRunningWithFramework(Long versionId);
}
