package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.common.BaseEntity;
import vn.parindex.framework.scoring.LeafAnswer;

/**
 * The score of one leaf criterion for one agency in one campaign: the agency's self-assessment (the answer as
 * typed and the points it earns, or "not applicable"), the reviewer's appraisal, which replaces it, and, for
 * survey-measured criteria, the survey points.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class CriterionScore extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    @Setter private String selfAnswer;
    private boolean selfNa;
    private String naReason;
    @Setter private BigDecimal selfPoints;
    private String note;
    /** Why evidence is missing or weak (required where the criterion asks for evidence and none is attached). */
    private String explanation;
    private boolean appraised;
    private String appraisedAnswer;
    private boolean appraisedNa;
    private BigDecimal appraisedPoints;
    private String appraisalReason;
    private String appraisedBy;
    private Instant appraisedAt;
    private BigDecimal surveyPoints;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    public CriterionScore(Long campaignId, Long agencyId, Long criterionId) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
    }

    /** What the scoring reads of this leaf. */
    public LeafAnswer answer() {
        return new LeafAnswer(selfNa, selfPoints, appraised, appraisedNa, appraisedPoints, surveyPoints);
    }

    /** Whether the leaf counts as "not applicable" ({@link LeafAnswer#notApplicable}). */
    public boolean isNotApplicable() {
        return answer().notApplicable();
    }

    /** The points that count ({@link LeafAnswer#countingPoints}). */
    public BigDecimal finalPoints() {
        return answer().countingPoints();
    }

    /** The agency's self-assessment of the leaf: the answer and the points it earns, or "not applicable". */
    public void selfAssess(String answer, boolean na, String naReason, BigDecimal points, String note,
                           String explanation) {
        this.selfAnswer = answer;
        this.selfNa = na;
        this.naReason = naReason;
        this.selfPoints = points;
        this.note = note;
        this.explanation = explanation;
    }

    /** The reviewer's appraisal, which replaces the self-score: an answer and its points, or "not applicable". */
    public void appraise(String answer, boolean na, BigDecimal points, String reason, String by, Instant at) {
        this.appraised = true;
        this.appraisedAnswer = answer;
        this.appraisedNa = na;
        this.appraisedPoints = points;
        this.appraisalReason = reason;
        this.appraisedBy = by;
        this.appraisedAt = at;
    }

    /** The self-assessment was withdrawn: the appraisal of the old answer no longer holds. */
    public void clearAppraisal() {
        this.appraised = false;
        this.appraisedAnswer = null;
        this.appraisedNa = false;
        this.appraisedPoints = null;
        this.appraisalReason = null;
        this.appraisedBy = null;
        this.appraisedAt = null;
    }

    /** The points the survey gives a survey-measured leaf. */
    public void recordSurvey(BigDecimal points) {
        this.surveyPoints = points;
    }

    public boolean isSelfAnswered() {
        return selfNa || selfAnswer != null;
    }

    public void touched(String by, Instant at) { this.updatedBy = by; this.updatedAt = at; }
}
