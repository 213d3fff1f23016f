package vn.parindex.campaign;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.common.BaseEntity;
import vn.parindex.common.VietnamTime;

/** A dated step of a campaign. A due date D means due at 23:59 on D, Vietnam time. */
@Entity
@Table(name = "campaign_milestone")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Milestone extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Campaign campaign;
    @Enumerated(EnumType.STRING)
    private MilestoneType type;
    @Setter private LocalDate windowStart;
    @Setter private LocalDate dueDate;
    /** Plans differ: Nam Định 2022 has no respondent lists. An unused milestone is skipped. */
    @Setter private boolean used = true;

    Milestone(Campaign campaign, MilestoneType type, LocalDate windowStart, LocalDate dueDate, boolean used) {
        this.campaign = campaign;
        this.type = type;
        this.windowStart = windowStart;
        this.dueDate = dueDate;
        this.used = used;
    }

    public ZonedDateTime dueAt() {
        return VietnamTime.endOfDay(dueDate);
    }
}
