package vn.parindex.campaign;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.parindex.common.VietnamTime;

/**
 * Checks a plan's timeline. Used milestones need a due date, a window opens no later than it closes, and
 * the main line (framework revision → training → self-assessment → appraisal → aggregation → approval →
 * publication) runs forward: each due date on or after the previous used one. Respondent lists, survey
 * results and explanations run beside that line: real plans put them anywhere before aggregation
 * (Vĩnh Phúc 2018: respondent lists 30/10 before self-assessment 16/11, explanations 10/12 before
 * appraisal 15/12), so they only must be due no later than the first used milestone from aggregation on.
 */
public final class TimelineRules {

    /** The milestones beside the main line. */
    static final Set<MilestoneType> BESIDE_THE_LINE = EnumSet.of(MilestoneType.RESPONDENT_LIST,
            MilestoneType.SURVEY_RESULTS, MilestoneType.SUPPLEMENTARY);
    /** Every plan self-assesses and appraises; without them there is no index. */
    static final Set<MilestoneType> REQUIRED = EnumSet.of(MilestoneType.SELF_ASSESSMENT, MilestoneType.APPRAISAL);

    private TimelineRules() {
    }

    /** Problems of the rows, with fields named "milestones[i].dueDate" after the rows' positions. */
    public static List<Problem> check(List<MilestoneDates> rows) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MilestoneDates row = rows.get(i);
            if (!row.used()) {
                if (REQUIRED.contains(row.type())) {
                    problems.add(Problem.of(field(i, "used"), "campaign.error.milestoneRequired", name(row)));
                }
                continue;
            }
            if (row.dueDate() == null) {
                problems.add(Problem.of(field(i, "dueDate"), "campaign.error.dueDateRequired", name(row)));
            } else if (row.type().hasWindow() && row.windowStart() != null && row.windowStart().isAfter(row.dueDate())) {
                problems.add(Problem.of(field(i, "windowStart"), "campaign.error.windowAfterDue", name(row),
                        date(row.windowStart()), date(row.dueDate())));
            }
        }
        checkOrder(rows, problems);
        return problems;
    }

    private static void checkOrder(List<MilestoneDates> rows, List<Problem> problems) {
        List<Integer> line = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MilestoneDates row = rows.get(i);
            if (row.used() && row.dueDate() != null && !BESIDE_THE_LINE.contains(row.type())) {
                line.add(i);
            }
        }
        line.sort((a, b) -> rows.get(a).type().compareTo(rows.get(b).type()));
        for (int k = 1; k < line.size(); k++) {
            MilestoneDates previous = rows.get(line.get(k - 1));
            MilestoneDates row = rows.get(line.get(k));
            if (row.dueDate().isBefore(previous.dueDate())) {
                problems.add(Problem.of(field(line.get(k), "dueDate"), "campaign.error.milestoneBeforePrevious",
                        name(row), date(row.dueDate()), name(previous), date(previous.dueDate())));
            }
        }
        MilestoneDates anchor = line.stream().map(rows::get)
                .filter(r -> r.type().compareTo(MilestoneType.AGGREGATION) >= 0).findFirst().orElse(null);
        if (anchor == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            MilestoneDates row = rows.get(i);
            if (row.used() && row.dueDate() != null && BESIDE_THE_LINE.contains(row.type())
                    && row.dueDate().isAfter(anchor.dueDate())) {
                problems.add(Problem.of(field(i, "dueDate"), "campaign.error.milestoneAfterAggregation",
                        name(row), date(row.dueDate()), name(anchor), date(anchor.dueDate())));
            }
        }
    }

    private static String field(int index, String property) {
        return "milestones[" + index + "]." + property;
    }

    private static Object name(MilestoneDates row) {
        return Problem.text(row.type().messageKey());
    }

    private static String date(java.time.LocalDate date) {
        return VietnamTime.format(date);
    }
}
