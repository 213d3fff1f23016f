package vn.parindex.campaign;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One milestone moved for one agency: it overrides the campaign's date for that agency only. */
@Entity
public class AgencyExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long agencyId;
    @Enumerated(EnumType.STRING)
    private MilestoneType milestone;
    private LocalDate dueDate;

    protected AgencyExtension() {
    }

    AgencyExtension(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate dueDate) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.milestone = milestone;
        this.dueDate = dueDate;
    }

    public Long getCampaignId() { return campaignId; }
    public Long getAgencyId() { return agencyId; }
    public MilestoneType getMilestone() { return milestone; }
    public LocalDate getDueDate() { return dueDate; }
    void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
}
