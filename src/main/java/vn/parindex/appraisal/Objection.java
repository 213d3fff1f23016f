package vn.parindex.appraisal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** An agency's explanation or objection on one appraised leaf, and its reviewer's answer. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Objection extends BaseEntity {

    public enum Kind { EXPLANATION, OBJECTION }

    public enum Decision { KEPT, CHANGED }

    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    private Long reviewerAgencyId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    private String filedBy;
    private Instant filedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String response;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private long version;

    public Objection(Long campaignId, Long agencyId, Long criterionId, Long reviewerAgencyId, Kind kind, String text,
                     String filedBy, Instant filedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
        this.reviewerAgencyId = reviewerAgencyId;
        this.kind = kind;
        this.text = text;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    void answer(Decision decision, String response, String by, Instant at) {
        this.decision = decision;
        this.response = response;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
