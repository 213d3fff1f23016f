package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.common.ExcelColumn;
import vn.parindex.common.ExcelTable;
import vn.parindex.common.ImportProblem;
import vn.parindex.common.SheetRejected;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.assessment.ScoreAudit;
import vn.parindex.assessment.ScoreAuditRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.Weights;
import vn.parindex.common.AppClock;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.results.PublishedResults;
import vn.parindex.security.CurrentUser;
import vn.parindex.tasklist.WorkItem;
import vn.parindex.tasklist.WorkItemQueries;
import vn.parindex.workflow.ProcessModel;
import vn.parindex.workflow.Workflow;

/**
 * Imports survey results (per agency and respondent group: counts of answers A–D, or a satisfaction percentage
 * such as the public service portal's), computes each agency's survey percentage and writes survey % × max into
 * the survey-measured leaves of its framework. All rows are checked first; nothing is written if one is wrong.
 */
@Service
@RequiredArgsConstructor
public class SurveyResults {

    public static final String TASK_KEY = ProcessModel.IMPORT_SURVEY_RESULTS;
    public static final String ALL_GROUPS = "ALL";
    static final String AGENCY = "agency";
    static final String GROUP = "group";
    static final String PERCENT = "percent";
    /** The sheet of the template, named like its Vietnamese column headers. */
    public static final String SHEET = "Kết quả điều tra";
    public static final List<ExcelColumn> COLUMNS = List.of(
            new ExcelColumn(AGENCY, "survey.column.agencyCode", true, "Mã cơ quan", "Agency code"),
            new ExcelColumn(GROUP, "survey.column.group", false, "Nhóm đối tượng", "Respondent group"),
            new ExcelColumn("A", "survey.column.a", false, "A"),
            new ExcelColumn("B", "survey.column.b", false, "B"),
            new ExcelColumn("C", "survey.column.c", false, "C"),
            new ExcelColumn("D", "survey.column.d", false, "D"),
            new ExcelColumn(PERCENT, "survey.column.percent", false, "Tỷ lệ hài lòng (%)", "Satisfaction (%)"));

    private final Campaigns campaigns;
    private final SurveyResultRepository results;
    private final CriterionScoreRepository scores;
    private final ScoreAuditRepository audits;
    private final WorkItemQueries workItems;
    private final Workflow processes;
    private final AppClock clock;
    private final PublishedResults published;

    /** One agency's survey percentage after an import. */
    public record AgencySurvey(Long agencyId, String agencyCode, String agencyName, int groups, BigDecimal percent) {
    }

    @Transactional(readOnly = true)
    public Campaign campaign(CurrentUser user, Long campaignId) {
        SurveyAccess.requireOrganiser(user);
        return campaigns.findInOrganiser(campaignId, user.organiserId())
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(Long campaignId) {
        return workItems.openOfCampaign(campaignId).stream()
                .filter(w -> TASK_KEY.equals(w.getTaskKey())).findFirst();
    }

    /** Every agency of the campaign with results, and its survey percentage. */
    @Transactional(readOnly = true)
    public List<AgencySurvey> summary(CurrentUser user, Long campaignId) {
        Campaign campaign = campaign(user, campaignId);
        Map<Long, List<SurveyScore.GroupAnswers>> byAgency = new HashMap<>();
        results.findByCampaignId(campaignId).forEach(r ->
                byAgency.computeIfAbsent(r.getAgencyId(), k -> new ArrayList<>()).add(r.answers()));
        Weights answers = Weights.parseAnswerWeights(campaign.getSettings().getAnswerWeights());
        Weights groups = groupWeights(campaign);
        List<AgencySurvey> list = new ArrayList<>();
        campaign.getAgencies().stream().sorted(java.util.Comparator.comparing(Agency::getCode)).forEach(agency -> {
            List<SurveyScore.GroupAnswers> answersOf = byAgency.get(agency.getId());
            if (answersOf != null) {
                list.add(new AgencySurvey(agency.getId(), agency.getCode(), agency.getName(), answersOf.size(),
                        SurveyScore.percent(answersOf, answers, groups)));
            }
        });
        return list;
    }

    /**
     * Checks and stores the rows, replaces the results of the agencies in the file, writes their survey points and,
     * if asked, completes the campaign's open importSurveyResults task.
     *
     * @throws SheetRejected naming each bad row and column; nothing is written then
     */
    @Transactional
    public int importResults(CurrentUser user, Long campaignId, ExcelTable table, boolean completeTask) {
        Campaign campaign = campaign(user, campaignId);
        if (published.isPublished(campaignId)) {
            throw new SheetRejected(List.of(), List.of(
                    new DefaultMessageSourceResolvable(new String[] {"survey.problem.published"})));
        }
        Map<String, Agency> byCode = new HashMap<>();
        campaign.getAgencies().forEach(a -> byCode.put(a.getCode().toUpperCase(), a));
        Weights groupWeights = groupWeights(campaign);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, Map<String, SurveyScore.GroupAnswers>> parsed = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (ExcelTable.Line line : table.lines()) {
            Agency agency = byCode.get(line.get(AGENCY).toUpperCase());
            if (agency == null) {
                problems.add(table.problem(line.number(), AGENCY, "survey.problem.unknownAgency", line.get(AGENCY)));
                continue;
            }
            String group = line.get(GROUP).isBlank() ? ALL_GROUPS : line.get(GROUP).trim().toUpperCase();
            if (groupWeights != null && !groupWeights.percentages().containsKey(group)) {
                problems.add(table.problem(line.number(), GROUP, "survey.problem.unknownGroup", group,
                        String.join(", ", groupWeights.percentages().keySet())));
                continue;
            }
            Integer first = firstRow.putIfAbsent(agency.getId() + "/" + group, line.number());
            if (first != null) {
                problems.add(table.problem(line.number(), GROUP, "survey.problem.duplicateGroup", agency.getCode(), group, first));
                continue;
            }
            answersOf(table, line, group, problems).ifPresent(answers ->
                    parsed.computeIfAbsent(agency.getId(), k -> new LinkedHashMap<>()).put(group, answers));
        }
        if (!problems.isEmpty()) {
            throw new SheetRejected(problems);
        }
        Instant now = clock.instant();
        results.deleteForAgencies(campaignId, parsed.keySet());
        parsed.forEach((agencyId, groups) -> groups.values().forEach(answers ->
                results.save(new SurveyResult(campaignId, agencyId, answers, user.username(), now))));
        writeSurveyPoints(campaign, parsed, groupWeights, user.username(), now);
        if (completeTask) {
            openTask(campaignId).ifPresent(task ->
                    processes.complete(task.getTaskId(), user.username(), Map.of("surveyImported", true)));
        }
        return parsed.size();
    }

    private Optional<SurveyScore.GroupAnswers> answersOf(ExcelTable table, ExcelTable.Line line, String group,
                                                         List<ImportProblem> problems) {
        boolean anyCount = SurveyScore.ANSWERS.stream().anyMatch(a -> !line.get(a).isBlank());
        String percentText = line.get(PERCENT);
        if (anyCount && !percentText.isBlank()) {
            problems.add(table.problem(line.number(), PERCENT, "survey.problem.countsOrPercent"));
            return Optional.empty();
        }
        if (!anyCount) {
            if (percentText.isBlank()) {
                problems.add(table.problem(line.number(), PERCENT, "survey.problem.noAnswers"));
                return Optional.empty();
            }
            try {
                BigDecimal percent = new BigDecimal(percentText.replace(',', '.').replace("%", "").trim());
                if (percent.signum() < 0 || percent.compareTo(SurveyScore.HUNDRED) > 0) {
                    throw new NumberFormatException();
                }
                return Optional.of(SurveyScore.GroupAnswers.ofPercent(group, percent));
            } catch (NumberFormatException e) {
                problems.add(table.problem(line.number(), PERCENT, "survey.problem.percent", percentText));
                return Optional.empty();
            }
        }
        int[] counts = new int[4];
        boolean ok = true;
        for (int i = 0; i < 4; i++) {
            String answer = SurveyScore.ANSWERS.get(i);
            String text = line.get(answer);
            try {
                counts[i] = text.isBlank() ? 0 : Integer.parseInt(text.replace(".", "").trim());
                if (counts[i] < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(table.problem(line.number(), answer, "survey.problem.count", text));
                ok = false;
            }
        }
        if (ok && counts[0] + counts[1] + counts[2] + counts[3] == 0) {
            problems.add(table.problem(line.number(), "A", "survey.problem.noAnswers"));
            ok = false;
        }
        return ok ? Optional.of(SurveyScore.GroupAnswers.ofCounts(group, counts[0], counts[1], counts[2], counts[3]))
                : Optional.empty();
    }

    private void writeSurveyPoints(Campaign campaign, Map<Long, Map<String, SurveyScore.GroupAnswers>> parsed,
                                   Weights groupWeights, String username, Instant now) {
        Weights answerWeights = Weights.parseAnswerWeights(campaign.getSettings().getAnswerWeights());
        Map<Long, Agency> agencies = new HashMap<>();
        campaign.getAgencies().forEach(a -> agencies.put(a.getId(), a));
        Map<String, CriterionScore> existing = new HashMap<>();
        scores.findByCampaignId(campaign.getId()).forEach(s -> existing.put(s.getAgencyId() + "/" + s.getCriterionId(), s));
        Map<String, List<Criterion>> surveyLeaves = new HashMap<>();
        campaign.getFrameworks().forEach((type, version) -> surveyLeaves.put(type.getCode(), surveyLeaves(version)));
        for (Map.Entry<Long, Map<String, SurveyScore.GroupAnswers>> entry : parsed.entrySet()) {
            Agency agency = agencies.get(entry.getKey());
            BigDecimal percent = SurveyScore.percent(new ArrayList<>(entry.getValue().values()), answerWeights,
                    groupWeights);
            for (Criterion leaf : surveyLeaves.getOrDefault(agency.getType().getCode(), List.of())) {
                CriterionScore score = existing.computeIfAbsent(agency.getId() + "/" + leaf.getId(),
                        k -> new CriterionScore(campaign.getId(), agency.getId(), leaf.getId()));
                BigDecimal points = SurveyScore.leafPoints(percent, leaf.getMaxPoints());
                BigDecimal old = score.getSurveyPoints();
                score.recordSurvey(points);
                score.touched(username, now);
                scores.save(score);
                audits.save(new ScoreAudit(campaign.getId(), agency.getId(), leaf.getId(), "surveyPoints",
                        old == null ? null : old.toPlainString(), points.toPlainString(),
                        "survey " + percent.stripTrailingZeros().toPlainString() + " %", username, now));
            }
        }
    }

    private static List<Criterion> surveyLeaves(FrameworkVersion version) {
        Set<Long> parents = new LinkedHashSet<>();
        version.getCriteria().forEach(c -> {
            if (c.getParent() != null) {
                parents.add(c.getParent().getId());
            }
        });
        return version.getCriteria().stream()
                .filter(c -> c.getMeasuredBy() == MeasuredBy.SURVEY && !parents.contains(c.getId())).toList();
    }

    private static Weights groupWeights(Campaign campaign) {
        String text = campaign.getSettings().getGroupWeights();
        return text == null || text.isBlank() ? null : Weights.parseGroupWeights(text);
    }
}
