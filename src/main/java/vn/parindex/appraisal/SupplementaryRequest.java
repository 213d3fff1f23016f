package vn.parindex.appraisal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** A reviewer asks for supplementary evidence on one leaf; the agency answers (files are evidence files). */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class SupplementaryRequest extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    private Long criterionId;
    private Long reviewerAgencyId;
    private String message;
    private String requestedBy;
    private Instant requestedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private long version;

    public SupplementaryRequest(Long campaignId, Long agencyId, Long criterionId, Long reviewerAgencyId, String message,
                                String requestedBy, Instant requestedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.criterionId = criterionId;
        this.reviewerAgencyId = reviewerAgencyId;
        this.message = message;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
