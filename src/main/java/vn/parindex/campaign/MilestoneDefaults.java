package vn.parindex.campaign;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The timeline a new campaign starts from, in its year: Vĩnh Phúc 2018's plan (respondent lists 30/10,
 * self-assessment 05/11 – 16/11, survey 30/11, explanations by 10/12, appraisal 15/12, aggregation 18/12,
 * approval 25/12, publication 31/12) with Nam Định 2022's framework revision and training before it.
 */
public final class MilestoneDefaults {

    private MilestoneDefaults() {
    }

    public static List<MilestoneDates> forYear(int year) {
        return List.of(
                dates(MilestoneType.FRAMEWORK_REVISION, year, null, "--10-20"),
                dates(MilestoneType.TRAINING, year, null, "--10-31"),
                dates(MilestoneType.RESPONDENT_LIST, year, null, "--10-30"),
                dates(MilestoneType.SELF_ASSESSMENT, year, "--11-05", "--11-16"),
                dates(MilestoneType.APPRAISAL, year, null, "--12-15"),
                dates(MilestoneType.SURVEY_RESULTS, year, null, "--11-30"),
                dates(MilestoneType.SUPPLEMENTARY, year, "--12-01", "--12-10"),
                dates(MilestoneType.AGGREGATION, year, null, "--12-18"),
                dates(MilestoneType.APPROVAL, year, null, "--12-25"),
                dates(MilestoneType.PUBLICATION, year, null, "--12-31"));
    }

    public static LocalDate dueDate(MilestoneType type, int year) {
        return forYear(year).stream().filter(d -> d.type() == type).findFirst().orElseThrow().dueDate();
    }

    private static MilestoneDates dates(MilestoneType type, int year, String windowStart, String due) {
        return MilestoneDates.used(type, windowStart == null ? null : MonthDay.parse(windowStart).atYear(year),
                MonthDay.parse(due).atYear(year));
    }
}
