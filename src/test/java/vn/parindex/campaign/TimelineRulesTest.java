package vn.parindex.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineRulesTest {

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Vĩnh Phúc 2018: no framework revision (2017's reused) nor training; respondent lists first. */
    static List<MilestoneDates> vinhPhuc2018() {
        return List.of(
                MilestoneDates.unused(MilestoneType.FRAMEWORK_REVISION),
                MilestoneDates.unused(MilestoneType.TRAINING),
                MilestoneDates.used(MilestoneType.RESPONDENT_LIST, null, d(2018, 10, 30)),
                MilestoneDates.used(MilestoneType.SELF_ASSESSMENT, d(2018, 11, 5), d(2018, 11, 16)),
                MilestoneDates.used(MilestoneType.APPRAISAL, null, d(2018, 12, 15)),
                MilestoneDates.used(MilestoneType.SURVEY_RESULTS, null, d(2018, 11, 30)),
                MilestoneDates.used(MilestoneType.SUPPLEMENTARY, null, d(2018, 12, 10)),
                MilestoneDates.used(MilestoneType.AGGREGATION, null, d(2018, 12, 18)),
                MilestoneDates.used(MilestoneType.APPROVAL, null, d(2018, 12, 25)),
                MilestoneDates.used(MilestoneType.PUBLICATION, null, d(2018, 12, 31)));
    }

    static List<MilestoneDates> with(List<MilestoneDates> rows, MilestoneDates replacement) {
        List<MilestoneDates> copy = new ArrayList<>(rows);
        copy.set(replacement.type().ordinal(), replacement);
        return copy;
    }

    @Test
    void vinhPhuc2018IsAValidPlan() {
        assertThat(TimelineRules.check(vinhPhuc2018())).isEmpty();
    }

    @Test
    void theDefaultTimelineIsValid() {
        assertThat(TimelineRules.check(MilestoneDefaults.forYear(2027))).isEmpty();
        assertThat(MilestoneDefaults.forYear(2027)).hasSize(MilestoneType.values().length)
                .allSatisfy(m -> assertThat(m.dueDate().getYear()).isEqualTo(2027));
    }

    @Test
    void appraisalBeforeSelfAssessmentIsRefusedOnTheAppraisalDueDate() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.used(MilestoneType.APPRAISAL, null, d(2018, 11, 10)));

        List<Problem> problems = TimelineRules.check(rows);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("milestones[4].dueDate");
            assertThat(p.code()).isEqualTo("campaign.error.milestoneBeforePrevious");
            assertThat(p.args()).contains("10/11/2018", "16/11/2018");
        });
    }

    @Test
    void publicationBeforeApprovalIsRefused() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.used(MilestoneType.PUBLICATION, null, d(2018, 12, 20)));

        assertThat(TimelineRules.check(rows)).extracting(Problem::field).containsExactly("milestones[9].dueDate");
    }

    @Test
    void theOrderSkipsUnusedMilestones() {
        // training is unused: its date (after self-assessment) does not count
        List<MilestoneDates> rows = with(vinhPhuc2018(),
                new MilestoneDates(MilestoneType.TRAINING, false, null, d(2018, 12, 30)));

        assertThat(TimelineRules.check(rows)).isEmpty();
    }

    @Test
    void surveyResultsAndExplanationsMustBeDueByAggregation() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.used(MilestoneType.SURVEY_RESULTS, null, d(2018, 12, 19)));
        rows = with(rows, MilestoneDates.used(MilestoneType.SUPPLEMENTARY, null, d(2018, 12, 20)));

        assertThat(TimelineRules.check(rows))
                .extracting(Problem::field, Problem::code)
                .containsExactly(
                        tuple("milestones[5].dueDate", "campaign.error.milestoneAfterAggregation"),
                        tuple("milestones[6].dueDate", "campaign.error.milestoneAfterAggregation"));
    }

    @Test
    void withoutAggregationTheSideMilestonesMustBeDueByApproval() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.unused(MilestoneType.AGGREGATION));
        rows = with(rows, MilestoneDates.used(MilestoneType.SURVEY_RESULTS, null, d(2018, 12, 26)));

        assertThat(TimelineRules.check(rows)).extracting(Problem::field).containsExactly("milestones[5].dueDate");
    }

    @Test
    void aUsedMilestoneNeedsADueDateAndAWindowOpensBeforeItCloses() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.used(MilestoneType.APPROVAL, null, null));
        rows = with(rows, MilestoneDates.used(MilestoneType.SELF_ASSESSMENT, d(2018, 11, 17), d(2018, 11, 16)));

        assertThat(TimelineRules.check(rows)).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                tuple("milestones[8].dueDate", "campaign.error.dueDateRequired"),
                tuple("milestones[3].windowStart", "campaign.error.windowAfterDue"));
    }

    @Test
    void selfAssessmentAndAppraisalCannotBeSwitchedOff() {
        List<MilestoneDates> rows = with(vinhPhuc2018(),
                new MilestoneDates(MilestoneType.SELF_ASSESSMENT, false, null, d(2018, 11, 16)));

        assertThat(TimelineRules.check(rows)).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("milestones[3].used", "campaign.error.milestoneRequired"));
    }

    @Test
    void theSameDayIsInOrder() {
        List<MilestoneDates> rows = with(vinhPhuc2018(), MilestoneDates.used(MilestoneType.APPROVAL, null, d(2018, 12, 18)));

        assertThat(TimelineRules.check(rows)).isEmpty();
    }
}
