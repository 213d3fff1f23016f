package vn.parindex.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RespondentRepository extends JpaRepository<Respondent, Long> {

    List<Respondent> findByCampaignIdAndAgencyIdOrderByLineNumber(Long campaignId, Long agencyId);

    List<Respondent> findByCampaignIdOrderByAgencyIdAscLineNumberAsc(Long campaignId);

    long countByCampaignIdAndAgencyId(Long campaignId, Long agencyId);

    @Modifying(flushAutomatically = true)
    @Query("delete from Respondent r where r.campaignId = :campaignId and r.agencyId = :agencyId")
    void deleteList(Long campaignId, Long agencyId);
}
