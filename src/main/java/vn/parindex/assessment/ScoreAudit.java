package vn.parindex.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** One change to a score, evidence or decision: who, when, old → new and why. Never changed or deleted. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class ScoreAudit extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    private String field;
    private String oldValue;
    private String newValue;
    private String reason;
    private String changedBy;
    private Instant changedAt;

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
}
