package vn.parindex.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One change to a score, evidence or decision: who, when, old → new and why. Never changed or deleted. */
@Entity
public class ScoreAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    private String field;
    private String oldValue;
    private String newValue;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    protected ScoreAudit() {
    }

    public ScoreAudit(Long campaignId, Long agencyId, Long criterionId, String field, String oldValue, String newValue,
                      String reason, String changedBy, Instant changedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getAgencyId() { return agencyId; }
    public Long getCriterionId() { return criterionId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
