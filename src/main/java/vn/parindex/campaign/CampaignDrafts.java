package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserRepository;

/** Creates draft campaigns and edits their details, timeline and settings. */
@Service
@RequiredArgsConstructor
public class CampaignDrafts {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** The legal basis and name of a campaign; the plan's number and date may follow once it is signed. */
    public record Details(Integer year, String name, String planNumber, LocalDate planDate) {
    }

    private final CampaignRepository campaigns;
    private final OrganiserRepository organisers;
    private final DraftCampaigns drafts;

    /** A new draft with every milestone of the default timeline in its year and the default settings. */
    @Transactional
    public Campaign create(Long organiserId, Details details) {
        InvalidCampaignException.throwIfAny(checkDetails(organiserId, null, details));
        Organiser organiser = organisers.findById(organiserId).orElseThrow();
        Campaign campaign = new Campaign(organiser, details.year(), details.name().trim());
        applyPlan(campaign, details);
        for (MilestoneDates dates : MilestoneDefaults.forYear(details.year())) {
            campaign.setMilestone(dates.type(), dates.windowStart(), dates.dueDate(), dates.used());
        }
        return campaigns.save(campaign);
    }

    @Transactional
    public Campaign editDetails(Long organiserId, Long campaignId, long version, Details details) {
        Campaign campaign = drafts.openDraft(organiserId, campaignId, version);
        InvalidCampaignException.throwIfAny(checkDetails(organiserId, campaignId, details));
        campaign.setYear(details.year());
        campaign.setName(details.name().trim());
        applyPlan(campaign, details);
        return campaign;
    }

    /**
     * Sets the whole timeline. An unused milestone may be left without a date: it keeps its previous date
     * (the table needs one), or the default of the campaign's year.
     */
    @Transactional
    public Campaign editMilestones(Long organiserId, Long campaignId, long version, List<MilestoneDates> rows) {
        Campaign campaign = drafts.openMilestones(organiserId, campaignId, version);
        List<Problem> problems = new ArrayList<>();
        Set<MilestoneType> seen = EnumSet.noneOf(MilestoneType.class);
        for (MilestoneDates row : rows) {
            if (row.type() == null || !seen.add(row.type())) {
                problems.add(Problem.of(null, "campaign.error.milestoneRows"));
            }
        }
        if (problems.isEmpty() && seen.size() != MilestoneType.values().length) {
            problems.add(Problem.of(null, "campaign.error.milestoneRows"));
        }
        InvalidCampaignException.throwIfAny(problems);
        InvalidCampaignException.throwIfAny(TimelineRules.check(rows));
        for (MilestoneDates row : rows) {
            LocalDate due = row.dueDate();
            if (due == null) {
                due = campaign.milestone(row.type()).map(Milestone::getDueDate)
                        .orElseGet(() -> MilestoneDefaults.dueDate(row.type(), campaign.getYear()));
            }
            LocalDate windowStart = row.type().hasWindow() ? row.windowStart() : null;
            campaign.setMilestone(row.type(), windowStart, due, row.used());
        }
        return campaign;
    }

    @Transactional
    public Campaign editSettings(Long organiserId, Long campaignId, long version, CampaignSettings settings) {
        Campaign campaign = drafts.openDraft(organiserId, campaignId, version);
        InvalidCampaignException.throwIfAny(SettingsRules.check(settings));
        CampaignSettings saved = settings.copy();
        saved.setClassBands(settings.getClassBands().trim());
        saved.setAnswerWeights(settings.getAnswerWeights().trim());
        saved.setGroupWeights(settings.getGroupWeights() == null || settings.getGroupWeights().isBlank()
                ? null : settings.getGroupWeights().trim());
        saved.setReminderOffsets(ReminderOffsets.parse(settings.getReminderOffsets()).format());
        campaign.setSettings(saved);
        return campaign;
    }

    List<Problem> checkDetails(Long organiserId, Long campaignId, Details details) {
        List<Problem> problems = new ArrayList<>();
        if (details.year() == null) {
            problems.add(Problem.of("year", "campaign.error.yearRequired"));
        } else if (details.year() < MIN_YEAR || details.year() > MAX_YEAR) {
            problems.add(Problem.of("year", "campaign.error.yearRange", String.valueOf(details.year()),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)));
        } else {
            Optional<Campaign> sameYear = campaigns.findByOrganiserIdAndYear(organiserId, details.year());
            if (sameYear.isPresent() && !sameYear.get().getId().equals(campaignId)) {
                problems.add(Problem.of("year", "campaign.error.yearTaken", String.valueOf(details.year())));
            }
        }
        if (details.name() == null || details.name().isBlank()) {
            problems.add(Problem.of("name", "campaign.error.nameRequired"));
        } else if (details.name().trim().length() > 300) {
            problems.add(Problem.of("name", "campaign.error.tooLong", Problem.text("campaign.field.name"), 300));
        }
        if (details.planNumber() != null && details.planNumber().trim().length() > 100) {
            problems.add(Problem.of("planNumber", "campaign.error.tooLong", Problem.text("campaign.field.planNumber"), 100));
        }
        return problems;
    }

    private static void applyPlan(Campaign campaign, Details details) {
        String number = details.planNumber() == null ? null : details.planNumber().trim();
        campaign.setPlanNumber(number == null || number.isEmpty() ? null : number);
        campaign.setPlanDate(details.planDate());
    }
}
