package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * The score of one leaf criterion for one agency in one campaign: the agency's self-assessment (the answer as
 * typed and the points it earns, or "not applicable"), the reviewer's appraisal, which replaces it, and, for
 * survey-measured criteria, the survey points.
 */
@Entity
public class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    private String selfAnswer;
    private boolean selfNa;
    private String naReason;
    private BigDecimal selfPoints;
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

    protected CriterionScore() {
    }

    public CriterionScore(Long campaignId, Long agencyId, Long criterionId) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
    }

    /** Whether the leaf counts as "not applicable": the reviewer's word if appraised, else the agency's. */
    public boolean isNotApplicable() {
        return appraised ? appraisedNa : selfNa;
    }

    /** The points that count: the appraised score replaces the self-score (it is not the larger of the two). */
    public BigDecimal finalPoints() {
        if (surveyPoints != null) {
            return surveyPoints;
        }
        if (isNotApplicable()) {
            return null;
        }
        return appraised ? appraisedPoints : selfPoints;
    }

    public boolean isSelfAnswered() {
        return selfNa || selfAnswer != null;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getAgencyId() { return agencyId; }
    public Long getCriterionId() { return criterionId; }
    public String getSelfAnswer() { return selfAnswer; }
    public void setSelfAnswer(String selfAnswer) { this.selfAnswer = selfAnswer; }
    public boolean isSelfNa() { return selfNa; }
    public void setSelfNa(boolean selfNa) { this.selfNa = selfNa; }
    public String getNaReason() { return naReason; }
    public void setNaReason(String naReason) { this.naReason = naReason; }
    public BigDecimal getSelfPoints() { return selfPoints; }
    public void setSelfPoints(BigDecimal selfPoints) { this.selfPoints = selfPoints; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public boolean isAppraised() { return appraised; }
    public void setAppraised(boolean appraised) { this.appraised = appraised; }
    public String getAppraisedAnswer() { return appraisedAnswer; }
    public void setAppraisedAnswer(String appraisedAnswer) { this.appraisedAnswer = appraisedAnswer; }
    public boolean isAppraisedNa() { return appraisedNa; }
    public void setAppraisedNa(boolean appraisedNa) { this.appraisedNa = appraisedNa; }
    public BigDecimal getAppraisedPoints() { return appraisedPoints; }
    public void setAppraisedPoints(BigDecimal appraisedPoints) { this.appraisedPoints = appraisedPoints; }
    public String getAppraisalReason() { return appraisalReason; }
    public void setAppraisalReason(String appraisalReason) { this.appraisalReason = appraisalReason; }
    public String getAppraisedBy() { return appraisedBy; }
    public void setAppraisedBy(String appraisedBy) { this.appraisedBy = appraisedBy; }
    public Instant getAppraisedAt() { return appraisedAt; }
    public void setAppraisedAt(Instant appraisedAt) { this.appraisedAt = appraisedAt; }
    public BigDecimal getSurveyPoints() { return surveyPoints; }
    public void setSurveyPoints(BigDecimal surveyPoints) { this.surveyPoints = surveyPoints; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void touched(String by, Instant at) { this.updatedBy = by; this.updatedAt = at; }
    public long getVersion() { return version; }
}
