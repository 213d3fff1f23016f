package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.evidence.EvidenceFile;
import vn.parindex.assessment.evidence.EvidenceFileRepository;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.Answer;
import vn.parindex.framework.rule.InvalidAnswerException;
import vn.parindex.framework.rule.InvalidRuleParamsException;
import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.LeafAnswer;
import vn.parindex.framework.scoring.Scoring;
import vn.parindex.framework.scoring.Standing;
import vn.parindex.security.CurrentUser;
import vn.parindex.security.Role;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.timeline.Countdown;
import vn.parindex.timeline.Countdowns;
import vn.parindex.workflow.Workflow;
import vn.parindex.workflow.ProcessModel.Variables;

/**
 * An agency's self-assessment: the scorecard to show, saving one leaf (checked by its rule, audited, with
 * optimistic locking) and sending it to the head, which completes the agency's submitSelfAssessment task.
 */
@Service
@RequiredArgsConstructor
public class ScorecardService {

    /** The unique key a second first answer of the same leaf runs into (its name as PostgreSQL and H2 report it). */
    private static final Pattern FIRST_SAVE_TAKEN = Pattern.compile("criterion_score_unique", Pattern.CASE_INSENSITIVE);

    private final AssessmentAccess access;
    private final OpenTasks openTasks;
    private final CriterionScoreRepository scores;
    private final ScoreAuditRepository audits;
    private final EvidenceFileRepository evidence;
    private final Workflow processes;
    private final OpenQuestions questions;
    private final AppClock clock;
    private final AgencyAssessmentRepository assessments;
    private final Countdowns countdowns;

    @Transactional(readOnly = true)
    public Scorecard view(CurrentUser user, Long campaignId, Long agencyId) {
        return build(user, campaignId, agencyId, null);
    }

    /**
     * What a save answers with: the one leaf and the groups above it (the subtotals a save changes), with the
     * same totals as the whole page, and that leaf's evidence, history and requests only.
     */
    @Transactional(readOnly = true)
    public Scorecard leafView(CurrentUser user, Long campaignId, Long agencyId, Long criterionId) {
        return build(user, campaignId, agencyId, criterionId);
    }

    private Scorecard build(CurrentUser user, Long campaignId, Long agencyId, Long onlyLeaf) {
        AssessmentAccess.Scope scope = access.read(user, campaignId, agencyId);
        boolean open = openTasks.selfAssessmentOpen(campaignId, agencyId);
        Countdown countdown = open ? countdowns.of(campaignId, agencyId, MilestoneType.SELF_ASSESSMENT) : null;
        boolean editable = scope.own() && open && (countdown == null || !countdown.locked());
        Map<Long, CriterionScore> byLeaf = scores.findByCampaignIdAndAgencyId(campaignId, agencyId).stream()
                .collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity()));
        Criterion only = onlyLeaf == null ? null : scope.leaf(onlyLeaf);
        Map<Long, List<EvidenceFile>> files = (only == null
                ? evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(campaignId, agencyId)
                : evidence.findByCampaignIdAndAgencyIdAndCriterionIdAndRemovedFalseOrderByUploadedAt(campaignId,
                        agencyId, onlyLeaf)).stream()
                .collect(Collectors.groupingBy(EvidenceFile::getCriterionId));
        Map<Long, List<ScoreAudit>> history = (only == null
                ? audits.findByCampaignIdAndAgencyIdOrderByChangedAtDesc(campaignId, agencyId)
                : audits.findByCampaignIdAndAgencyIdAndCriterionIdOrderByChangedAtDesc(campaignId, agencyId, onlyLeaf))
                .stream().filter(a -> a.getCriterionId() != null)
                .collect(Collectors.groupingBy(ScoreAudit::getCriterionId));
        boolean supplementary = scope.own()
                && openTasks.find(campaignId, agencyId, OpenTasks.SUPPLEMENTARY).isPresent();
        Map<Long, List<String>> asked = questions.unansweredByCriterion(campaignId, agencyId);
        IndexScore totals = totals(scope, byLeaf);
        List<Scorecard.Row> rows = new ArrayList<>();
        for (Criterion root : scope.framework().roots()) {
            addRows(root, 1, totals, byLeaf, files, history, asked, rows);
        }
        rows.removeIf(row -> !scope.shows(row.criterion()) || (only != null && !leafOrAbove(row.criterion(), only)));
        return new Scorecard(campaignId, scope.campaign().getName(), scope.campaign().getYear(), agencyId,
                scope.agency().getName(), scope.agency().getHeadName(), rows, totals, editable, editable,
                scope.overseer(), !open, editable && user.has(Role.OFFICER), supplementary, countdown);
    }

    private static boolean leafOrAbove(Criterion node, Criterion leaf) {
        for (Criterion c = leaf; c != null; c = c.getParent()) {
            if (c.getId().equals(node.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Saves one leaf's answer, "not applicable", note and explanation.
     *
     * @throws ScoreRejectedException if the scorecard is closed, the leaf is survey-measured, the answer does not
     *                                fit the rule, or someone saved the leaf since the page was shown
     */
    @Transactional
    public CriterionScore save(CurrentUser user, Long campaignId, Long agencyId, Long criterionId, LeafInput input) {
        AssessmentAccess.Scope scope = access.edit(user, campaignId, agencyId);
        Criterion leaf = scope.leaf(criterionId);
        if (!openTasks.selfAssessmentOpen(campaignId, agencyId)) {
            throw new ScoreRejectedException("scorecard.error.closed", "The self-assessment is no longer open");
        }
        requireBeforeDeadline(campaignId, agencyId);
        if (leaf.getMeasuredBy() == MeasuredBy.SURVEY) {
            throw new ScoreRejectedException("scorecard.error.survey", "Survey-measured leaves are not self-scored");
        }
        CriterionScore score = scores.findByCampaignIdAndAgencyIdAndCriterionId(campaignId, agencyId, criterionId)
                .orElse(null);
        long shown = input.version() == null ? -1 : input.version();
        if ((score == null && shown != -1) || (score != null && score.getVersion() != shown)) {
            throw new ScoreRejectedException("scorecard.error.stale", "Changed by someone else since shown",
                    score == null ? "" : Objects.toString(score.getUpdatedBy(), ""));
        }
        String answer = input.na() ? null : input.cleanAnswer();
        String naReason = input.na() ? LeafInput.blankToNull(input.naReason()) : null;
        BigDecimal points = null;
        if (input.na()) {
            if (!leaf.isNaAllowed()) {
                throw new ScoreRejectedException("framework.answer.naNotAllowed", "N/A not allowed");
            }
            if (naReason == null) {
                throw new ScoreRejectedException("scorecard.error.naReason", "N/A needs a reason");
            }
        } else if (answer != null) {
            try {
                points = leaf.scoringRule().score(leaf.getMaxPoints(), leaf.isNaAllowed(), Answer.of(answer)).points();
            } catch (InvalidAnswerException e) {
                throw new ScoreRejectedException(e.key(), e.getMessage(), e.args());
            } catch (InvalidRuleParamsException e) {
                throw new ScoreRejectedException("scorecard.error.rule", e.getMessage());
            }
        }
        if (score == null) {
            score = new CriterionScore(campaignId, agencyId, criterionId);
        }
        String reason = LeafInput.blankToNull(input.changeReason());
        audit(score, "selfAnswer", score.getSelfAnswer(), answer, reason, user);
        audit(score, "selfNa", String.valueOf(score.isSelfNa()), String.valueOf(input.na()), reason, user);
        audit(score, "naReason", score.getNaReason(), naReason, reason, user);
        audit(score, "selfPoints", plain(score.getSelfPoints()), plain(points), reason, user);
        audit(score, "note", score.getNote(), LeafInput.blankToNull(input.note()), reason, user);
        audit(score, "explanation", score.getExplanation(), LeafInput.blankToNull(input.explanation()), reason, user);
        score.selfAssess(answer, input.na(), naReason, points, LeafInput.blankToNull(input.note()),
                LeafInput.blankToNull(input.explanation()));
        score.touched(user.username(), clock.instant());
        boolean first = score.getId() == null;
        try {
            return scores.saveAndFlush(score);
        } catch (DataIntegrityViolationException e) {
            if (first && FIRST_SAVE_TAKEN.matcher(String.valueOf(e.getMostSpecificCause().getMessage())).find()) {
                // two officials saved the leaf's first answer at the same moment: the other one's came first
                throw new ScoreRejectedException("scorecard.error.stale", "Saved by someone else at the same time", "");
            }
            throw e;
        }
    }

    /** Saves one leaf and answers, in the same transaction, with what {@link #leafView} shows. */
    @Transactional
    public Scorecard saveAndShow(CurrentUser user, Long campaignId, Long agencyId, Long criterionId, LeafInput input) {
        save(user, campaignId, agencyId, criterionId, input);
        return build(user, campaignId, agencyId, criterionId);
    }

    /**
     * Past the agency's effective deadline (the campaign's date or its extension, 23:59 Vietnam time) nothing of
     * the self-assessment changes until the organiser extends it.
     */
    private void requireBeforeDeadline(Long campaignId, Long agencyId) {
        Countdown countdown = countdowns.of(campaignId, agencyId, MilestoneType.SELF_ASSESSMENT);
        if (countdown != null && countdown.locked()) {
            throw new ScoreRejectedException("scorecard.error.locked", "The self-assessment deadline has passed",
                    countdown.due());
        }
    }

    /** What still stops the self-assessment from being sent: unanswered leaves, missing evidence or explanation. */
    @Transactional(readOnly = true)
    public List<SubmissionIncompleteException.Missing> missing(CurrentUser user, Long campaignId, Long agencyId) {
        AssessmentAccess.Scope scope = access.read(user, campaignId, agencyId);
        return missing(scope, campaignId, agencyId);
    }

    /**
     * Sends the self-assessment to the head: completes the agency's open submitSelfAssessment task.
     *
     * @throws SubmissionIncompleteException if a self-assessed leaf is unanswered or lacks evidence/explanation
     */
    @Transactional
    public void submit(CurrentUser user, Long campaignId, Long agencyId, String comment) {
        AssessmentAccess.Scope scope = access.edit(user, campaignId, agencyId);
        if (!user.has(Role.OFFICER)) {
            throw new org.springframework.security.access.AccessDeniedException("Officers send the self-assessment");
        }
        WorkItem task = openTasks.find(campaignId, agencyId, OpenTasks.SUBMIT)
                .orElseThrow(() -> new ScoreRejectedException("scorecard.error.closed", "No open submit task"));
        requireBeforeDeadline(campaignId, agencyId);
        List<SubmissionIncompleteException.Missing> missing = missing(scope, campaignId, agencyId);
        if (!missing.isEmpty()) {
            throw new SubmissionIncompleteException(missing);
        }
        processes.complete(task.getTaskId(), user.username(),
                Map.of(Variables.CONFIRM_SUBMISSION, true, Variables.COMMENT, comment == null ? "" : comment.strip()));
    }

    private List<SubmissionIncompleteException.Missing> missing(AssessmentAccess.Scope scope, Long campaignId,
                                                                Long agencyId) {
        Map<Long, CriterionScore> byLeaf = scores.findByCampaignIdAndAgencyId(campaignId, agencyId).stream()
                .collect(Collectors.toMap(CriterionScore::getCriterionId, Function.identity()));
        Map<Long, Long> fileCounts = evidence.findByCampaignIdAndAgencyIdAndRemovedFalseOrderByUploadedAt(campaignId,
                agencyId).stream().collect(Collectors.groupingBy(EvidenceFile::getCriterionId, Collectors.counting()));
        List<SubmissionIncompleteException.Missing> missing = new ArrayList<>();
        for (Criterion c : scope.framework().getCriteria()) {
            if (!c.isLeaf() || c.getMeasuredBy() == MeasuredBy.SURVEY) {
                continue;
            }
            CriterionScore score = byLeaf.get(c.getId());
            if (score == null || !score.isSelfAnswered()) {
                missing.add(new SubmissionIncompleteException.Missing(c.getCode(), "scorecard.missing.answer"));
            } else if (explanationRequired(c, score, fileCounts.getOrDefault(c.getId(), 0L))
                    && score.getExplanation() == null) {
                missing.add(new SubmissionIncompleteException.Missing(c.getCode(), "scorecard.missing.evidence"));
            }
        }
        return missing;
    }

    /**
     * A leaf asking for evidence, answered (not N/A) with points claimed, with no file attached needs a written
     * explanation. Evidence backs the points claimed: a leaf scored zero (no bonus earned, no penalty incurred, a
     * "no") has nothing to prove.
     */
    static boolean explanationRequired(Criterion leaf, CriterionScore score, long files) {
        boolean na = score != null && score.isSelfNa();
        boolean zero = score != null && score.getSelfPoints() != null && score.getSelfPoints().signum() == 0;
        return leaf.getEvidence() != null && !leaf.getEvidence().isBlank() && files == 0 && !na && !zero
                && leaf.getMeasuredBy() != MeasuredBy.SURVEY;
    }

    /**
     * The agency's totals as the results count them (late penalty included), from the leaves the user sees; a
     * reviewing department's unseen leaves count 0.
     */
    private IndexScore totals(AssessmentAccess.Scope scope, Map<Long, CriterionScore> byLeaf) {
        FrameworkVersion framework = scope.framework();
        Map<Long, LeafAnswer> answers = new HashMap<>();
        for (Criterion c : framework.getCriteria()) {
            CriterionScore score = byLeaf.get(c.getId());
            if (score != null && scope.sees(c)) {
                answers.put(c.getId(), score.answer());
            }
        }
        Standing standing = assessments.findByCampaignIdAndAgencyId(scope.campaign().getId(), scope.agency().getId())
                .map(AgencyAssessment::standing).orElse(Standing.ON_TIME);
        return Scoring.score(framework.scoringTree(), answers, standing,
                scope.campaign().getSettings().getLatePenaltyPoints());
    }

    private void addRows(Criterion node, int depth, IndexScore totals, Map<Long, CriterionScore> byLeaf,
                         Map<Long, List<EvidenceFile>> files, Map<Long, List<ScoreAudit>> history,
                         Map<Long, List<String>> asked, List<Scorecard.Row> rows) {
        Scorecard.Leaf leaf = node.isLeaf() ? leaf(node, byLeaf.get(node.getId()),
                files.getOrDefault(node.getId(), List.of()), history.getOrDefault(node.getId(), List.of()),
                asked.getOrDefault(node.getId(), List.of())) : null;
        rows.add(new Scorecard.Row(node, depth, totals.node(node.getCode()), leaf));
        for (Criterion child : node.getChildren()) {
            addRows(child, depth + 1, totals, byLeaf, files, history, asked, rows);
        }
    }

    private static Scorecard.Leaf leaf(Criterion c, CriterionScore score, List<EvidenceFile> files,
                                       List<ScoreAudit> history, List<String> asked) {
        boolean survey = c.getMeasuredBy() == MeasuredBy.SURVEY;
        Answers.Input input = Answers.inputFor(c);
        boolean required = explanationRequired(c, score, files.size());
        if (score == null) {
            return new Scorecard.Leaf(c.getId(), input, survey, null, false, null, null, null, -1, null, null,
                    false, required, files, history, asked, null, null);
        }
        return new Scorecard.Leaf(c.getId(), input, survey, score.getSelfAnswer(), score.isSelfNa(),
                score.getNaReason(), score.getNote(), score.getExplanation(), score.getVersion(), score.getSelfPoints(),
                score.getSurveyPoints(), score.isSelfAnswered(), required, files, history, asked, null, null);
    }

    private void audit(CriterionScore score, String field, String before, String after, String reason,
                       CurrentUser user) {
        if (!Objects.equals(before, after)) {
            audits.save(new ScoreAudit(score.getCampaignId(), score.getAgencyId(), score.getCriterionId(), field,
                    before, after, reason, user.username(), clock.instant()));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
