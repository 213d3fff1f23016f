package vn.parindex.campaign;

import java.time.LocalDate;
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

    /**
     * What an assessment's business key is made of, for an agency the campaign assesses, in one query (built by
     * its constructor: an interface projection's proxy cost starting an agency's assessment a twentieth of its time).
     */
    @Query("""
            select new vn.parindex.campaign.CampaignRepository$AssessmentKeyParts(c.year, o.code, a.code)
            from Campaign c join c.organiser o join c.agencies a where c.id = :campaignId and a.id = :agencyId""")
    Optional<AssessmentKeyParts> findAssessmentKeyParts(Long campaignId, Long agencyId);

    record AssessmentKeyParts(int year, String organiserCode, String agencyCode) {
    }

    @Query("select count(a) from Campaign c join c.agencies a where c.id = :campaignId")
    long countAgencies(Long campaignId);

    /** One agency the campaign assesses, without loading the campaign's thousands of others. */
    @Query("select a from Campaign c join c.agencies a where c.id = :campaignId and a.id = :agencyId")
    Optional<Agency> findAgencyOf(Long campaignId, Long agencyId);

    /** A campaign's plan as values: one row per milestone (a single row without one if it has none). */
    @Query("""
            select new vn.parindex.campaign.CampaignRepository$PlanRow(c.settings.escalationDays,
                c.settings.reminderOffsets, m.type, m.windowStart, m.dueDate, m.used)
            from Campaign c left join c.milestones m where c.id = :id""")
    List<PlanRow> findPlan(Long id);

    record PlanRow(int escalationDays, String reminderOffsets, MilestoneType type, LocalDate windowStart,
                   LocalDate dueDate, Boolean used) {
    }
}
