package vn.parindex.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyType;
import vn.parindex.agency.Organiser;
import vn.parindex.common.BaseEntity;
import vn.parindex.framework.FrameworkVersion;

/** One year's run of the plan by one organiser: who is assessed, with which framework, by when. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Campaign extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organiser organiser;
    @jakarta.persistence.Column(name = "assessment_year")
    @Setter private int year;
    @Setter private String name;
    /** The legal basis: the plan's number and date (Kế hoạch số 282/KH-UBND ngày 28/10/2022). */
    @Setter private String planNumber;
    @Setter private LocalDate planDate;
    @Enumerated(EnumType.STRING)
    @Setter private CampaignStatus status = CampaignStatus.DRAFT;
    @Embedded
    @Setter private CampaignSettings settings = new CampaignSettings();
    @ManyToOne(fetch = FetchType.LAZY)
    @Setter private Campaign copiedFrom;
    @Setter private Instant launchedAt;
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Milestone> milestones = new ArrayList<>();
    @ManyToMany
    @JoinTable(name = "campaign_agency", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "campaign_framework", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "framework_version_id"))
    @MapKeyJoinColumn(name = "agency_type_id")
    private Map<AgencyType, FrameworkVersion> frameworks = new HashMap<>();
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ReviewerAssignment> reviewerAssignments = new ArrayList<>();
    @Version
    private long version;

    public Campaign(Organiser organiser, int year, String name) {
        this.organiser = organiser;
        this.year = year;
        this.name = name;
    }

    public Milestone setMilestone(MilestoneType type, LocalDate windowStart, LocalDate dueDate, boolean used) {
        Optional<Milestone> existing = milestone(type);
        if (existing.isPresent()) {
            Milestone milestone = existing.get();
            milestone.setWindowStart(windowStart);
            milestone.setDueDate(dueDate);
            milestone.setUsed(used);
            return milestone;
        }
        Milestone milestone = new Milestone(this, type, windowStart, dueDate, used);
        milestones.add(milestone);
        return milestone;
    }

    public Optional<Milestone> milestone(MilestoneType type) {
        return milestones.stream().filter(m -> m.getType() == type).findFirst();
    }

    /** The milestones in the order of the plan's timeline. */
    public List<Milestone> timeline() {
        return milestones.stream().sorted(Comparator.comparing(Milestone::getType)).toList();
    }

    public ReviewerAssignment assignReviewer(AgencyType agencyType, String criterionCode, Agency reviewer) {
        for (ReviewerAssignment assignment : reviewerAssignments) {
            if (assignment.getAgencyType().getId().equals(agencyType.getId())
                    && assignment.getCriterionCode().equals(criterionCode)) {
                assignment.setReviewerAgency(reviewer);
                return assignment;
            }
        }
        ReviewerAssignment assignment = new ReviewerAssignment(this, agencyType, criterionCode, reviewer);
        reviewerAssignments.add(assignment);
        return assignment;
    }

    public void unassignReviewer(AgencyType agencyType, String criterionCode) {
        reviewerAssignments.removeIf(a -> a.getAgencyType().getId().equals(agencyType.getId())
                && a.getCriterionCode().equals(criterionCode));
    }

    /**
     * The reviewing department that appraises the node with this code for agencies of this type: the
     * assignment on the most specific ancestor (7.1 before 7); empty means the organiser appraises it.
     */
    public Optional<Agency> reviewerFor(AgencyType agencyType, String code) {
        return reviewerAssignments.stream()
                .filter(a -> a.getAgencyType().getId().equals(agencyType.getId()) && a.covers(code))
                .max(Comparator.comparingInt(a -> a.getCriterionCode().length()))
                .map(ReviewerAssignment::getReviewerAgency);
    }

    public boolean isDraft() {
        return status == CampaignStatus.DRAFT;
    }

    /** Throws unless this campaign is a draft: only a draft's details, agencies, settings and reviewers change. */
    public void requireDraft() {
        if (!isDraft()) {
            throw new CampaignNotDraftException("campaign.error.notDraft", this);
        }
    }

    /**
     * Throws unless the milestones may be edited here. Moving a milestone of a running campaign must also move
     * its timers and tell the agencies; that belongs to the process, so the draft editor refuses it.
     */
    public void requireMilestonesEditable() {
        if (!isDraft()) {
            throw new CampaignNotDraftException("campaign.error.milestonesNotDraft", this);
        }
    }
}
