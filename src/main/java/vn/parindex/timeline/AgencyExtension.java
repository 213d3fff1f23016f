package vn.parindex.timeline;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.BaseEntity;

/** One milestone moved for one agency: it overrides the campaign's date for that agency only. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class AgencyExtension extends BaseEntity {

    private Long campaignId;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private MilestoneType milestone;
    @Setter(AccessLevel.PACKAGE) private LocalDate dueDate;

    AgencyExtension(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate dueDate) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.milestone = milestone;
        this.dueDate = dueDate;
    }
}
