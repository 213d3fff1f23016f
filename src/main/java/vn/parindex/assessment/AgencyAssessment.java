package vn.parindex.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.campaign.Campaign;
import vn.parindex.common.BaseEntity;
import vn.parindex.framework.scoring.Standing;

/** One agency's assessment in one campaign: where it stands and when it was submitted. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class AgencyAssessment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Campaign campaign;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Agency agency;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Setter private AssessmentStatus status = AssessmentStatus.OPEN;
    private Instant submittedAt;
    /** Whole days after the deadline the self-assessment came in (0 when on time). */
    private Integer lateDays;
    private String closedReason;
    @Version
    private long version;

    public AgencyAssessment(Campaign campaign, Agency agency, String processInstanceId) {
        this.campaign = campaign;
        this.agency = agency;
        this.processInstanceId = processInstanceId;
    }

    /** Where this assessment stands, as far as the index cares. */
    public Standing standing() {
        return standing(status, lateDays);
    }

    public static Standing standing(AssessmentStatus status, Integer lateDays) {
        return new Standing(status == AssessmentStatus.CLOSED_NOT_SUBMITTED, lateDays == null ? 0 : lateDays);
    }

    void submitted(Instant at, int lateDays) {
        this.submittedAt = at;
        this.lateDays = lateDays;
        this.status = AssessmentStatus.SUBMITTED;
    }

    void withdrawn() {
        this.submittedAt = null;
        this.lateDays = null;
        this.status = AssessmentStatus.OPEN;
    }

    void milestoneClosed(String note) {
        String all = closedReason == null ? note : closedReason + "\n" + note;
        this.closedReason = all.length() > 1000 ? all.substring(all.length() - 1000) : all;
    }

    /** Closed as not submitted, given its task again: open, in a new process instance. */
    void reopened(String processInstanceId) {
        this.status = AssessmentStatus.OPEN;
        this.processInstanceId = processInstanceId;
    }

    void closeNotSubmitted(String reason) {
        this.status = AssessmentStatus.CLOSED_NOT_SUBMITTED;
        milestoneClosed("SELF_ASSESSMENT: " + (reason == null ? "" : reason));
    }
}
