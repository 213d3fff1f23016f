package vn.parindex.timeline;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.campaign.DeadlineLog;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.BaseEntity;

/** The log of deadline changes: a milestone moved for everyone (no agency) or extended for one agency. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class DeadlineChange extends BaseEntity implements DeadlineLog.Entry {

    private Long campaignId;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private MilestoneType milestone;
    private LocalDate oldDate;
    private LocalDate newDate;
    private String reason;
    private String changedBy;
    private Instant changedAt;

    DeadlineChange(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate oldDate, LocalDate newDate,
                   String reason, String changedBy, Instant changedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.milestone = milestone;
        this.oldDate = oldDate;
        this.newDate = newDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
