package vn.parindex.appraisal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.common.AppClock;
import vn.parindex.common.PageResult;
import vn.parindex.common.VietnamTime;
import vn.parindex.framework.Criterion;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.timeline.Countdown;
import vn.parindex.workflow.TaskNotOpenException;
import vn.parindex.workflow.Workflow;
import vn.parindex.workflow.ProcessModel.Variables;

/** A reviewing department's appraisal task: what it shows, the requests for evidence, and finishing it. */
@Service
@RequiredArgsConstructor
public class AppraisalTasks {

    private final Appraisals appraisals;
    private final CriterionScoreRepository scores;
    private final EvidenceFileRepository evidence;
    private final SupplementaryRequestRepository requests;
    private final AgencyRepository agencies;
    private final Campaigns campaigns;
    private final WorkItemQueries items;
    private final Workflow processes;
    private final AppClock clock;

    /** One leaf on the appraisal page. */
    public record LeafRow(Criterion leaf, CriterionScore score, List<EvidenceFile> files,
                          List<SupplementaryRequest> requests, boolean openRequest) {
        public boolean appraised() {
            return score != null && score.isAppraised();
        }

        public boolean done() {
            return appraised() || openRequest;
        }
    }

    /** The leaves to appraise, and the time left to the task's deadline (moved or extended included). */
    public record Page(WorkItem item, Agency agency, Campaign campaign, List<LeafRow> rows, long appraised,
                       String due, Countdown countdown) {

        /** Whether the reviewer may still change something: the task is open and its deadline not reached. */
        public boolean editable() {
            return item.isOpen() && (countdown == null || !countdown.locked());
        }
    }

    /** A line of the worklist. */
    public record Work(WorkItem item, String agencyName, String campaignName, int leaves, long appraised,
                       String due) {
    }

    /** Counts of a finished appraisal, for its summary comment. */
    public record Summary(String outcome, long accepted, long adjusted, long requested) {
    }

    @Transactional(readOnly = true)
    public Page page(WorkItem item) {
        List<Criterion> leaves = appraisals.leavesOf(item.getCampaignId(), item.getAgencyId(), item.getReviewerAgencyId());
        Map<Long, CriterionScore> byLeaf = scoresOf(item.getCampaignId(), item.getAgencyId());
        Map<Long, List<EvidenceFile>> files = evidence
                .findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(item.getCampaignId(), item.getAgencyId())
                .stream().collect(Collectors.groupingBy(EvidenceFile::getCriterionId));
        Map<Long, List<SupplementaryRequest>> asked = requests
                .findByCampaignIdAndAgencyIdOrderByRequestedAt(item.getCampaignId(), item.getAgencyId()).stream()
                .filter(r -> r.getReviewerAgencyId().equals(item.getReviewerAgencyId()))
                .collect(Collectors.groupingBy(SupplementaryRequest::getCriterionId));
        List<LeafRow> rows = leaves.stream().map(leaf -> {
            List<SupplementaryRequest> mine = asked.getOrDefault(leaf.getId(), List.of());
            return new LeafRow(leaf, byLeaf.get(leaf.getId()), files.getOrDefault(leaf.getId(), List.of()), mine,
                    mine.stream().anyMatch(r -> !r.isAnswered()));
        }).toList();
        return new Page(item, agencies.findById(item.getAgencyId()).orElseThrow(),
                campaigns.find(item.getCampaignId()).orElseThrow(), rows,
                rows.stream().filter(LeafRow::appraised).count(), due(item),
                Countdown.until(item.getDueAt(), clock.instant()));
    }

    /**
     * The worklist's lines of one page of open appraisals, in the page's order: the page's agencies and appraised
     * leaves read in one query each, not per line.
     */
    @Transactional(readOnly = true)
    public PageResult<Work> worklist(PageResult<WorkItem> open) {
        Set<Long> agencyIds = open.items().stream().map(WorkItem::getAgencyId).collect(Collectors.toSet());
        Set<Long> campaignIds = open.items().stream().map(WorkItem::getCampaignId).collect(Collectors.toSet());
        Map<Long, String> names = agencies.findAllById(agencyIds).stream()
                .collect(Collectors.toMap(Agency::getId, Agency::getName));
        Set<List<Long>> appraisedLeaves = agencyIds.isEmpty() ? Set.of()
                : scores.findAppraised(campaignIds, agencyIds).stream()
                        .map(a -> List.of(a.getCampaignId(), a.getAgencyId(), a.getCriterionId()))
                        .collect(Collectors.toSet());
        return open.map(item -> {
            List<Criterion> leaves = appraisals.leavesOf(item.getCampaignId(), item.getAgencyId(),
                    item.getReviewerAgencyId());
            long appraised = leaves.stream().filter(l -> appraisedLeaves.contains(
                    List.of(item.getCampaignId(), item.getAgencyId(), l.getId()))).count();
            return new Work(item, names.getOrDefault(item.getAgencyId(), ""),
                    campaigns.find(item.getCampaignId()).map(Campaign::getName).orElse(""), leaves.size(),
                    appraised, due(item));
        });
    }

    /** The reviewer asks the agency for supplementary evidence on one of its leaves. */
    @Transactional
    public SupplementaryRequest requestEvidence(WorkItem item, Long criterionId, String message, String username) {
        requireEditable(item);
        Criterion leaf = appraisals.assignedLeaf(item.getCampaignId(), item.getAgencyId(), criterionId,
                item.getReviewerAgencyId());
        if (message == null || message.isBlank()) {
            throw new AppraisalProblem("appraisal.error.messageRequired", leaf.getCode());
        }
        return requests.save(new SupplementaryRequest(item.getCampaignId(), item.getAgencyId(), leaf.getId(),
                item.getReviewerAgencyId(), message.trim(), username, clock.instant()));
    }

    /**
     * Completes the appraisal task: refused while an assigned leaf is neither appraised nor waiting for evidence;
     * the outcome is "supplementary" if this reviewer asked for evidence in this round and got no answer yet.
     */
    @Transactional
    public Summary finish(String taskId, String username, Function<Summary, String> comment) {
        WorkItem item = items.find(taskId).orElseThrow();
        requireEditable(item);
        Page page = page(item);
        List<String> missing = page.rows().stream().filter(r -> !r.done()).map(r -> r.leaf().getCode()).toList();
        if (!missing.isEmpty()) {
            throw new AppraisalProblem("appraisal.error.notAllAppraised", String.join(", ", missing));
        }
        long asked = requests.findByCampaignIdAndAgencyIdAndAnsweredAtIsNull(item.getCampaignId(), item.getAgencyId())
                .stream().filter(r -> r.getReviewerAgencyId().equals(item.getReviewerAgencyId())
                        && !r.getRequestedAt().isBefore(item.getCreatedAt())).count();
        long accepted = page.rows().stream().filter(r -> r.appraised() && sameAsSelf(r.score())).count();
        long adjusted = page.rows().stream().filter(r -> r.appraised() && !sameAsSelf(r.score())).count();
        Summary summary = new Summary(asked > 0 ? AppraisalRounds.SUPPLEMENTARY_OUTCOME : "accepted", accepted,
                adjusted, asked);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.APPRAISAL_OUTCOME, summary.outcome());
        variables.put(Variables.COMMENT, comment.apply(summary));
        try {
            processes.complete(taskId, username, variables);
        } catch (TaskNotOpenException e) {
            throw new AppraisalProblem("appraisal.error.taskNotOpen");
        }
        return summary;
    }

    private static boolean sameAsSelf(CriterionScore score) {
        return score.isAppraisedNa() == score.isSelfNa()
                && Objects.equals(score.getAppraisedAnswer(), score.getSelfAnswer())
                && (score.getAppraisedPoints() == null ? score.getSelfPoints() == null
                    : score.getSelfPoints() != null && score.getAppraisedPoints().compareTo(score.getSelfPoints()) == 0);
    }

    /**
     * Refuses a change once the task is closed or its deadline (23:59 of its due day, Vietnam time) is reached: the
     * page is read-only then, on the server as on the screen, until the organiser moves the date.
     */
    public void requireEditable(WorkItem item) {
        requireOpen(item);
        Countdown countdown = Countdown.until(item.getDueAt(), clock.instant());
        if (countdown != null && countdown.locked()) {
            throw new AppraisalProblem("appraisal.error.locked", countdown.due());
        }
    }

    static void requireOpen(WorkItem item) {
        if (!item.isOpen()) {
            throw new AppraisalProblem("appraisal.error.taskNotOpen");
        }
    }

    private Map<Long, CriterionScore> scoresOf(Long campaignId, Long agencyId) {
        return scores.findByCampaignIdAndAgencyId(campaignId, agencyId).stream()
                .collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity()));
    }

    private static String due(WorkItem item) {
        return item.getDueAt() == null ? "" : VietnamTime.format(item.getDueAt().atZone(VietnamTime.ZONE).toLocalDate());
    }
}
