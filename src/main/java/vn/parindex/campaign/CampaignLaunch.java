package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyType;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.engine.CampaignProcesses;

/**
 * Launches a campaign: checks it can run (agencies, frameworks, dates ahead and in order) and starts its
 * process. Every agency's assessment is then started by the engine, each in its own transaction.
 */
@Service
public class CampaignLaunch {

    /** Milestones every plan has; the others a plan may leave out. */
    static final Set<MilestoneType> REQUIRED = EnumSet.of(MilestoneType.SELF_ASSESSMENT, MilestoneType.APPRAISAL,
            MilestoneType.AGGREGATION, MilestoneType.APPROVAL, MilestoneType.PUBLICATION);
    /** Milestones that only need to come before aggregation (Vĩnh Phúc 2018 has lists before self-assessment). */
    static final Set<MilestoneType> BEFORE_AGGREGATION = EnumSet.of(MilestoneType.RESPONDENT_LIST,
            MilestoneType.SURVEY_RESULTS, MilestoneType.SUPPLEMENTARY);

    private final CampaignRepository campaigns;
    private final CampaignProcesses processes;
    private final AppClock clock;

    CampaignLaunch(CampaignRepository campaigns, CampaignProcesses processes, AppClock clock) {
        this.campaigns = campaigns;
        this.processes = processes;
        this.clock = clock;
    }

    /** A reason a campaign cannot be launched: a message key and its arguments. */
    public record Problem(String key, Object... args) {
    }

    @Transactional
    public String launch(Long campaignId, Long organiserId) {
        Campaign campaign = campaigns.findByIdAndOrganiserId(campaignId, organiserId).orElseThrow();
        List<Problem> problems = problems(campaign);
        if (!problems.isEmpty()) {
            throw new CampaignLaunchException(problems);
        }
        campaign.setStatus(CampaignStatus.RUNNING);
        campaign.setLaunchedAt(clock.instant());
        return processes.startCampaign(campaign.getId(), CampaignRuns.campaignKey(campaign));
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(Long campaignId, Long organiserId) {
        return problems(campaigns.findByIdAndOrganiserId(campaignId, organiserId).orElseThrow());
    }

    List<Problem> problems(Campaign campaign) {
        List<Problem> problems = new ArrayList<>();
        if (!campaign.isDraft()) {
            problems.add(new Problem("launch.error.notDraft"));
            return problems;
        }
        if (campaign.getAgencies().isEmpty()) {
            problems.add(new Problem("launch.error.noAgencies"));
        }
        Set<AgencyType> missing = new java.util.LinkedHashSet<>();
        for (Agency agency : campaign.getAgencies()) {
            if (!campaign.getFrameworks().containsKey(agency.getType())) {
                missing.add(agency.getType());
            }
        }
        for (AgencyType type : missing) {
            problems.add(new Problem("launch.error.noFramework", type.getNameVi()));
        }
        LocalDate today = clock.today();
        LocalDate previous = null;
        MilestoneType previousType = null;
        LocalDate aggregation = campaign.milestone(MilestoneType.AGGREGATION).map(Milestone::getDueDate).orElse(null);
        for (MilestoneType type : MilestoneType.values()) {
            Milestone milestone = campaign.milestone(type).orElse(null);
            if (milestone == null || !milestone.isUsed()) {
                if (REQUIRED.contains(type)) {
                    problems.add(new Problem("launch.error.requiredMilestone", key(type)));
                }
                continue;
            }
            LocalDate due = milestone.getDueDate();
            if (due == null) {
                problems.add(new Problem("launch.error.noDate", key(type)));
                continue;
            }
            if (due.isBefore(today)) {
                problems.add(new Problem("launch.error.pastDate", key(type), VietnamTime.format(due)));
            }
            if (milestone.getWindowStart() != null && milestone.getWindowStart().isAfter(due)) {
                problems.add(new Problem("launch.error.windowAfterDue", key(type)));
            }
            if (BEFORE_AGGREGATION.contains(type)) {
                if (aggregation != null && due.isAfter(aggregation)) {
                    problems.add(new Problem("launch.error.afterAggregation", key(type)));
                }
                continue;
            }
            if (previous != null && due.isBefore(previous)) {
                problems.add(new Problem("launch.error.outOfOrder", key(type), key(previousType)));
            }
            previous = due;
            previousType = type;
        }
        return problems;
    }

    private static String key(MilestoneType type) {
        return type.messageKey();
    }
}
