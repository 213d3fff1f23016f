package vn.parindex.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CriterionScoreRepository extends JpaRepository<CriterionScore, Long> {

    List<CriterionScore> findByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    List<CriterionScore> findByCampaignId(Long campaignId);

    Optional<CriterionScore> findByCampaignIdAndAgencyIdAndCriterionId(Long campaignId, Long agencyId, Long criterionId);

    /** An appraised leaf of an agency in a campaign. */
    interface Appraised {
        Long getCampaignId();

        Long getAgencyId();

        Long getCriterionId();
    }

    /** The appraised leaves of several agencies (the page of a list) in one query. */
    @Query("""
            select s.campaignId as campaignId, s.agencyId as agencyId, s.criterionId as criterionId
            from CriterionScore s where s.appraised = true and s.campaignId in :campaignIds and s.agencyId in :agencyIds
            """)
    List<Appraised> findAppraised(Collection<Long> campaignIds, Collection<Long> agencyIds);
}
