package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyType;
import vn.parindex.common.AppClock;
import vn.parindex.common.VietnamTime;
import vn.parindex.security.CandidateGroups;
import vn.parindex.workflow.GroupMembers;
import vn.parindex.workflow.Workflow;

/**
 * Launches a campaign: checks it can run (agencies, frameworks, dates ahead and in order) and starts its
 * process. Every agency's assessment is then started by the engine, each in its own transaction.
 */
@Service
@RequiredArgsConstructor
public class CampaignLaunch {

    /** Milestones a campaign cannot run without; the others a plan may leave out. */
    static final Set<MilestoneType> REQUIRED = EnumSet.of(MilestoneType.SELF_ASSESSMENT, MilestoneType.APPRAISAL,
            MilestoneType.AGGREGATION, MilestoneType.APPROVAL, MilestoneType.PUBLICATION);

    private final CampaignRepository campaigns;
    private final Workflow processes;
    private final LaunchWatch watch;
    private final AppClock clock;
    private final GroupMembers candidates;

    @Transactional
    public String launch(Long campaignId, Long organiserId) {
        Campaign campaign = campaigns.findByIdAndOrganiserId(campaignId, organiserId)
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        List<Problem> problems = problems(campaign);
        if (!problems.isEmpty()) {
            throw new CampaignLaunchException(problems);
        }
        campaign.setStatus(CampaignStatus.RUNNING);
        campaign.setLaunchedAt(clock.instant());
        String key = CampaignRuns.campaignKey(campaign);
        int agencies = campaign.getAgencies().size();
        java.time.Instant started = java.time.Instant.now();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        watch.watch(campaignId, key, agencies, started);
                    }
                });
        return processes.startCampaign(campaign.getId(), key);
    }

    @Transactional(readOnly = true)
    public List<Problem> problems(Long campaignId, Long organiserId) {
        return problems(campaigns.findByIdAndOrganiserId(campaignId, organiserId)
                .orElseThrow(() -> new CampaignNotFoundException(campaignId)));
    }

    /**
     * What does not stop a launch but an organiser must know: an agency with an officer and no head account,
     * whose sign-off will come to the organiser to decide.
     */
    @Transactional(readOnly = true)
    public List<Problem> warnings(Long campaignId, Long organiserId) {
        return warnings(campaigns.findByIdAndOrganiserId(campaignId, organiserId)
                .orElseThrow(() -> new CampaignNotFoundException(campaignId)));
    }

    public List<Problem> warnings(Campaign campaign) {
        return campaign.getAgencies().stream()
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .filter(a -> candidates.hasMembers(CandidateGroups.officers(a.getCode()))
                        && !candidates.hasMembers(CandidateGroups.head(a.getCode())))
                .map(a -> Problem.of(null, "launch.warning.noHead", a.getName()))
                .toList();
    }

    List<Problem> problems(Campaign campaign) {
        List<Problem> problems = new ArrayList<>();
        if (!campaign.isDraft()) {
            problems.add(Problem.of(null, "launch.error.notDraft"));
            return problems;
        }
        if (campaign.getAgencies().isEmpty()) {
            problems.add(Problem.of(null, "launch.error.noAgencies"));
        }
        Set<AgencyType> missing = new java.util.LinkedHashSet<>();
        for (Agency agency : campaign.getAgencies()) {
            if (!campaign.getFrameworks().containsKey(agency.getType())) {
                missing.add(agency.getType());
            }
        }
        for (AgencyType type : missing) {
            problems.add(Problem.of(null, "launch.error.noFramework", type.getNameVi()));
        }
        List<MilestoneDates> timeline = campaign.timeline().stream().map(MilestoneDates::of).toList();
        problems.addAll(TimelineRules.check(timeline));
        LocalDate today = clock.today();
        for (MilestoneDates milestone : timeline) {
            if (!milestone.used() && REQUIRED.contains(milestone.type())) {
                problems.add(Problem.of(null, "launch.error.requiredMilestone", Problem.text(key(milestone.type()))));
            }
            if (milestone.used() && milestone.dueDate() != null && milestone.dueDate().isBefore(today)) {
                problems.add(Problem.of(null, "launch.error.pastDate", Problem.text(key(milestone.type())),
                        VietnamTime.format(milestone.dueDate())));
            }
        }
        return problems;
    }

    private static String key(MilestoneType type) {
        return type.messageKey();
    }
}
