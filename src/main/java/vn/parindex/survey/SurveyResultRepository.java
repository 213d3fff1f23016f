package vn.parindex.survey;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResultRepository extends JpaRepository<SurveyResult, Long> {

    List<SurveyResult> findByCampaignId(Long campaignId);

    @Modifying(flushAutomatically = true)
    @Query("delete from SurveyResult r where r.campaignId = :campaignId and r.agencyId in :agencyIds")
    void deleteForAgencies(Long campaignId, Collection<Long> agencyIds);
}
