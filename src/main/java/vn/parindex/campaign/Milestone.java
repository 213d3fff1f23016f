package vn.parindex.campaign;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.parindex.common.VietnamTime;

/** A dated step of a campaign. A due date D means due at 23:59 on D, Vietnam time. */
@Entity
@Table(name = "campaign_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Campaign campaign;
    @Enumerated(EnumType.STRING)
    private MilestoneType type;
    private LocalDate windowStart;
    private LocalDate dueDate;
    /** Plans differ: Nam Định 2022 has no respondent lists. An unused milestone is skipped. */
    private boolean used = true;

    protected Milestone() {
    }

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

    public Long getId() { return id; }
    public Campaign getCampaign() { return campaign; }
    public MilestoneType getType() { return type; }
    public LocalDate getWindowStart() { return windowStart; }
    public void setWindowStart(LocalDate windowStart) { this.windowStart = windowStart; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isUsed() { return used; }
    public void setUsed(boolean used) { this.used = used; }
}
