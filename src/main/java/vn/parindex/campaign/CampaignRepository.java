package vn.parindex.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.parindex.agency.Agency;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findByOrganiserIdOrderByYearDesc(Long organiserId);

    Optional<Campaign> findByIdAndOrganiserId(Long id, Long organiserId);

    Optional<Campaign> findByOrganiserIdAndYear(Long organiserId, int year);

    @Query("""
            select distinct c from Campaign c join c.frameworks v
            where v.id = :versionId and c.status = vn.parindex.campaign.CampaignStatus.RUNNING""")
    List<Campaign> findRunningWithFramework(Long versionId);

    /** What an assessment's business key is made of, for an agency the campaign assesses, in one query. */
    @Query("""
            select c.year as year, o.code as organiserCode, a.code as agencyCode
            from Campaign c join c.organiser o join c.agencies a where c.id = :campaignId and a.id = :agencyId""")
    Optional<AssessmentKeyParts> findAssessmentKeyParts(Long campaignId, Long agencyId);

    interface AssessmentKeyParts {
        int getYear();

        String getOrganiserCode();

        String getAgencyCode();
    }

    @Query("select count(a) from Campaign c join c.agencies a where c.id = :campaignId")
    long countAgencies(Long campaignId);

    /** One agency the campaign assesses, without loading the campaign's thousands of others. */
    @Query("select a from Campaign c join c.agencies a where c.id = :campaignId and a.id = :agencyId")
    Optional<Agency> findAgencyOf(Long campaignId, Long agencyId);

    /** A campaign with its milestones, in one query. */
    @Query("select c from Campaign c left join fetch c.milestones where c.id = :id")
    Optional<Campaign> findWithMilestones(Long id);
}
