package vn.parindex.results;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.parindex.assessment.AgencyAssessment;
import vn.parindex.campaign.Campaign;
import vn.parindex.framework.scoring.LeafAnswer;
import vn.parindex.framework.scoring.Standing;

/** The reads of the aggregation: one query per table, as projections (no entity graphs, no N+1). */
interface ResultQueries extends Repository<Campaign, Long> {

    record AgencyRow(Long agencyId, String code, String name, Long typeId, String typeCode, String typeNameVi,
                     String typeNameEn, boolean typeRanked, int typeSortOrder) {
    }

    record FrameworkRow(Long typeId, Long versionId) {
    }

    record ScoreRow(Long agencyId, Long criterionId, boolean selfNa, java.math.BigDecimal selfPoints, boolean appraised,
                    boolean appraisedNa, java.math.BigDecimal appraisedPoints, java.math.BigDecimal surveyPoints) {

        LeafAnswer answer() {
            return new LeafAnswer(selfNa, selfPoints, appraised, appraisedNa, appraisedPoints, surveyPoints);
        }
    }

    record StandingRow(Long agencyId, vn.parindex.assessment.AssessmentStatus status, Integer lateDays) {

        Standing standing() {
            return AgencyAssessment.standing(status, lateDays);
        }
    }

    @Query("""
            select new vn.parindex.results.ResultQueries$AgencyRow(a.id, a.code, a.name, t.id, t.code, t.nameVi,
                t.nameEn, t.ranked, t.sortOrder)
            from Campaign c join c.agencies a join a.type t where c.id = :campaignId""")
    List<AgencyRow> agencies(Long campaignId);

    @Query(value = "select agency_type_id, framework_version_id from campaign_framework where campaign_id = :campaignId",
            nativeQuery = true)
    List<Object[]> frameworkIds(Long campaignId);

    @Query("""
            select new vn.parindex.results.TreeNode(c.id, c.parent.id, c.frameworkVersion.id, c.code, c.title,
                c.maxPoints, c.ruleType)
            from Criterion c where c.frameworkVersion.id in :versionIds order by c.frameworkVersion.id, c.position""")
    List<TreeNode> criteria(Collection<Long> versionIds);

    @Query("""
            select new vn.parindex.results.ResultQueries$ScoreRow(s.agencyId, s.criterionId, s.selfNa, s.selfPoints,
                s.appraised, s.appraisedNa, s.appraisedPoints, s.surveyPoints)
            from CriterionScore s where s.campaignId = :campaignId""")
    List<ScoreRow> scores(Long campaignId);

    @Query("""
            select new vn.parindex.results.ResultQueries$StandingRow(a.agency.id, a.status, a.lateDays)
            from AgencyAssessment a where a.campaign.id = :campaignId""")
    List<StandingRow> standings(Long campaignId);
}
