package vn.parindex.framework.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.rule.RuleType;

/** Every rule of "How the index is computed", each with numbers worked out by hand. */
class ScoringTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void indexIsPointsOverMaximumAndSubIndicesArePerNode() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("2", "4").node("2.1", "4");
        IndexScore index = t.score(t.leaves("1.1", "2", "1.2", "1", "2.1", "3"));
        // 2 + 1 + 3 = 6 of 10
        assertThat(index.total()).isEqualByComparingTo("6");
        assertThat(index.index()).isEqualTo(d("60.00"));
        assertThat(index.node("1").subIndex()).isEqualTo(d("50.00"));   // 3 of 6
        assertThat(index.node("1.2").subIndex()).isEqualTo(d("25.00")); // 1 of 4
        assertThat(index.node("2").subIndex()).isEqualTo(d("75.00"));   // 3 of 4
        assertThat(index.groups()).extracting(NodeScore::code).containsExactly("1", "2");
        assertThat(index.nodes().keySet()).containsExactly("1", "1.1", "1.2", "2", "2.1");
    }

    @Test
    void notApplicableTakesTheLeafMaximumOutOfEveryAncestorAndTheTotal() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("1.2.1", "2").node("1.2.2", "2")
                .node("2", "4");
        IndexScore index = t.score(t.leaves("1.1", "2", "1.2.1", "1", "1.2.2", "NA", "2", "4"));
        assertThat(index.node("1.2.2").applicableMax()).isEqualByComparingTo("0");
        assertThat(index.node("1.2.2").subIndex()).isNull();
        assertThat(index.node("1.2.2").notApplicable()).isTrue();
        assertThat(index.node("1.2").applicableMax()).isEqualByComparingTo("2");
        assertThat(index.node("1").applicableMax()).isEqualByComparingTo("4");
        assertThat(index.applicableMax()).isEqualByComparingTo("8");
        // 2 + 1 + 4 = 7 of 8 = 87.5 %
        assertThat(index.index()).isEqualTo(d("87.50"));
        assertThat(index.node("1.2").subIndex()).isEqualTo(d("50.00"));
    }

    @Test
    void aNodeIsClampedAtItsApplicableMaximumAndALeafAtItsMaximum() {
        // children may add up to more than their parent (3 of 2 + 2 possible)
        Trees t = new Trees().node("1", "3").node("1.1", "2").node("1.2", "2").node("2", "7");
        IndexScore index = t.score(t.leaves("1.1", "2", "1.2", "2", "2", "9"));
        assertThat(index.node("1").points()).isEqualByComparingTo("3");
        assertThat(index.node("2").points()).isEqualByComparingTo("7");
        assertThat(index.index()).isEqualTo(d("100.00"));
    }

    @Test
    void aNodeIsClampedAtTheApplicableMaximumLeftAfterNotApplicable() {
        // 1 (5) = 1.1 (4) + 1.2 (4) + 1.3 (2, N/A): applicable 3, children's 8 clamped at 3
        Trees t = new Trees().node("1", "5").node("1.1", "4").node("1.2", "4").node("1.3", "2");
        IndexScore index = t.score(t.leaves("1.1", "4", "1.2", "4", "1.3", "NA"));
        assertThat(index.node("1").applicableMax()).isEqualByComparingTo("3");
        assertThat(index.node("1").points()).isEqualByComparingTo("3");
        assertThat(index.index()).isEqualTo(d("100.00"));
    }

    @Test
    void aLeafWithoutScoreCountsZeroAndKeepsItsMaximum() {
        Trees t = new Trees().node("1", "5").node("2", "5");
        IndexScore index = t.score(t.leaves("1", "5"));
        assertThat(index.index()).isEqualTo(d("50.00"));
        assertThat(index.applicableMax()).isEqualByComparingTo("10");
        assertThat(index.node("2").subIndex()).isEqualTo(d("0.00"));
    }

    @Test
    void bonusAndPenaltyAdjustTheTotalEachWithinItsOwnMaximumButNotTheMaximum() {
        Trees t = new Trees().node("1", "10").bonus("8", "1").penalty("9", "2");
        IndexScore index = t.score(t.leaves("1", "6", "8", "1.5", "9", "0.5"));
        assertThat(index.bonus()).isEqualByComparingTo("1");      // 1.5 clamped at 1
        assertThat(index.penalty()).isEqualByComparingTo("0.5");
        assertThat(index.applicableMax()).isEqualByComparingTo("10");
        assertThat(index.groupPoints()).isEqualByComparingTo("6");
        assertThat(index.total()).isEqualByComparingTo("6.5");    // 6 + 1 − 0.5
        assertThat(index.index()).isEqualTo(d("65.00"));
        assertThat(index.groups()).extracting(NodeScore::code).containsExactly("1");
        assertThat(index.node("8").kind()).isEqualTo(ScoreKind.BONUS);
        assertThat(index.node("9").kind()).isEqualTo(ScoreKind.PENALTY);
    }

    @Test
    void onlyARootLeafIsABonusOrPenalty() {
        assertThat(ScoreKind.ofRoot(true, RuleType.BONUS)).isEqualTo(ScoreKind.BONUS);
        assertThat(ScoreKind.ofRoot(true, RuleType.PENALTY)).isEqualTo(ScoreKind.PENALTY);
        assertThat(ScoreKind.ofRoot(true, RuleType.YES_NO)).isEqualTo(ScoreKind.SCORED);
        assertThat(ScoreKind.ofRoot(true, null)).isEqualTo(ScoreKind.SCORED);
        // a group is scored, whatever its leaves (the validator allows bonus and penalty at the top only)
        assertThat(ScoreKind.ofRoot(false, null)).isEqualTo(ScoreKind.SCORED);
        Trees t = new Trees().node("1", "10").node("9", "2").bonus("9.1", "2");
        IndexScore index = t.score(t.leaves("1", "5", "9.1", "2"));
        assertThat(index.bonus()).isEqualByComparingTo("0");
        assertThat(index.applicableMax()).isEqualByComparingTo("12");
    }

    @Test
    void theIndexStaysWithin0And100() {
        Trees t = new Trees().node("1", "10").bonus("8", "2").penalty("9", "5");
        assertThat(t.score(t.leaves("1", "10", "8", "2")).index()).isEqualTo(d("100.00"));
        IndexScore low = t.score(t.leaves("1", "2", "9", "5"));
        assertThat(low.total()).isEqualByComparingTo("-3");
        assertThat(low.index()).isEqualTo(d("0.00"));
    }

    @Test
    void theIndexIsRoundedHalfUpToTwoDecimals() {
        Trees t = new Trees().node("1", "32");
        // 1 of 32 = 3.125 % → 3.13 (half-even would give 3.12)
        assertThat(t.score(t.leaves("1", "1")).index()).isEqualTo(d("3.13"));
        Trees thirds = new Trees().node("1", "3");
        assertThat(thirds.score(thirds.leaves("1", "2")).index()).isEqualTo(d("66.67"));
        assertThat(thirds.score(thirds.leaves("1", "1")).index()).isEqualTo(d("33.33"));
    }

    @Test
    void aLateSubmissionLosesTheCampaignsLatePenalty() {
        Trees t = new Trees().node("1", "10");
        IndexScore late = Scoring.score(t.build(), t.leaves("1", "8"), new Standing(false, 2), d("1.5"));
        assertThat(late.latePenalty()).isEqualByComparingTo("1.5");
        assertThat(late.total()).isEqualByComparingTo("6.5");
        assertThat(late.index()).isEqualTo(d("65.00"));
        IndexScore onTime = Scoring.score(t.build(), t.leaves("1", "8"), Standing.ON_TIME, d("1.5"));
        assertThat(onTime.latePenalty()).isEqualByComparingTo("0");
        assertThat(onTime.index()).isEqualTo(d("80.00"));
        IndexScore noPenaltySet = Scoring.score(t.build(), t.leaves("1", "8"), new Standing(false, 2), null);
        assertThat(noPenaltySet.index()).isEqualTo(d("80.00"));
    }

    @Test
    void anAgencyClosedAsNotSubmittedScoresZero() {
        Trees t = new Trees().node("1", "10").bonus("8", "1");
        IndexScore closed = Scoring.score(t.build(), t.leaves("1", "8", "8", "1"), new Standing(true, 0), d("2"));
        assertThat(closed.total()).isEqualByComparingTo("0");
        assertThat(closed.latePenalty()).isEqualByComparingTo("0");
        assertThat(closed.index()).isEqualTo(d("0.00"));
        assertThat(closed.node("1").points()).isEqualByComparingTo("0");
        assertThat(closed.closedNotSubmitted()).isTrue();
    }

    @Test
    void theAppraisedScoreReplacesTheSelfScoreEvenWhenLowerOrHigher() {
        LeafAnswer self = LeafAnswer.self(d("2"));
        assertThat(self.countingPoints()).isEqualByComparingTo("2");
        assertThat(self.appraisedAs(d("0.5"), false).countingPoints()).isEqualByComparingTo("0.5");
        assertThat(LeafAnswer.self(d("1")).appraisedAs(d("3"), false).countingPoints()).isEqualByComparingTo("3");
        // appraised as not applicable: the reviewer's word counts, the leaf leaves the maximum
        LeafAnswer na = self.appraisedAs(null, true);
        assertThat(na.countingPoints()).isNull();
        assertThat(na.countsAsNotApplicable()).isTrue();
        // the agency said N/A, the reviewer scored it: it applies
        LeafAnswer scored = LeafAnswer.selfNotApplicable().appraisedAs(d("1"), false);
        assertThat(scored.countsAsNotApplicable()).isFalse();
        assertThat(scored.countingPoints()).isEqualByComparingTo("1");

        Trees t = new Trees().node("1", "4").node("1.1", "2").node("1.2", "2");
        Map<Long, LeafAnswer> answers = Map.of(t.id("1.1"), self.appraisedAs(d("0.5"), false),
                t.id("1.2"), LeafAnswer.self(d("2")).appraisedAs(null, true));
        IndexScore index = t.score(answers);
        assertThat(index.total()).isEqualByComparingTo("0.5");
        assertThat(index.applicableMax()).isEqualByComparingTo("2");
        assertThat(index.index()).isEqualTo(d("25.00"));
    }

    @Test
    void aSurveyMeasuredLeafCountsItsSurveyPoints() {
        // 2 (4) = 2.1 (4, survey): 62.5 % of the respondents × 4 = 2.5
        Trees t = new Trees().node("1", "6").node("2", "4").survey("2.1", "4");
        Map<Long, LeafAnswer> answers = new java.util.HashMap<>(t.leaves("1", "6"));
        answers.put(t.id("2.1"), LeafAnswer.survey(d("2.50")));
        IndexScore index = t.score(answers);
        assertThat(index.node("2.1").points()).isEqualByComparingTo("2.5");
        assertThat(index.node("2").subIndex()).isEqualTo(d("62.50"));
        assertThat(index.index()).isEqualTo(d("85.00"));
        // survey points count even over a self "not applicable"
        LeafAnswer both = new LeafAnswer(true, null, false, false, null, d("1"));
        assertThat(both.countingPoints()).isEqualByComparingTo("1");
        assertThat(both.countsAsNotApplicable()).isFalse();
        // a survey leaf without survey points yet counts 0 and keeps its maximum
        IndexScore before = t.score(t.leaves("1", "6"));
        assertThat(before.node("2.1").points()).isEqualByComparingTo("0");
        assertThat(before.applicableMax()).isEqualByComparingTo("10");
        assertThat(before.index()).isEqualTo(d("60.00"));
    }

    @Test
    void allNotApplicableGivesNoSubIndexAndIndexZero() {
        Trees t = new Trees().node("1", "5");
        IndexScore index = t.score(t.leaves("1", "NA"));
        assertThat(index.applicableMax()).isEqualByComparingTo("0");
        assertThat(index.index()).isEqualTo(d("0.00"));
        assertThat(index.node("1").subIndex()).isNull();
    }

    /**
     * Three agencies on one small framework (max 10): group 1 (6) = 1.1 (2) + 1.2 (4) = 1.2.1 (2) + 1.2.2 (2, may be
     * N/A); group 2 (4) = 2.1, measured by the survey; bonus 8 (max 1); penalty 9 (max 1).
     */
    @Test
    void workedExampleOfThreeAgencies() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("1.2.1", "2").node("1.2.2", "2")
                .node("2", "4").survey("2.1", "4").bonus("8", "1").penalty("9", "1");

        // X: 2 + 1.5 + N/A; survey 75 % × 4 = 3; bonus 0.5 → total 7 of 8 → 87.50
        IndexScore x = t.score(t.leaves("1.1", "2", "1.2.1", "1.5", "1.2.2", "NA", "2.1", "3", "8", "0.5"));
        // Y: 2 + 2 + 2; survey 75 % → 3; penalty 0.25 → total 8.75 of 10 → 87.50 (a tie with X)
        IndexScore y = t.score(t.leaves("1.1", "2", "1.2.1", "2", "1.2.2", "2", "2.1", "3", "9", "0.25"));
        // Z: self 2 on 1.1 appraised down to 1; 2 + 2; survey 25 % → 1; bonus typed 1.5, capped at 1 → 7 of 10 → 70.00
        Map<Long, LeafAnswer> zLeaves = t.leaves("1.2.1", "2", "1.2.2", "2", "8", "1.5");
        zLeaves.put(t.id("1.1"), LeafAnswer.self(d("2")).appraisedAs(d("1"), false));
        zLeaves.put(t.id("2.1"), LeafAnswer.survey(d("0.25").multiply(d("4"))));
        IndexScore z = t.score(zLeaves);

        assertThat(x.applicableMax()).isEqualByComparingTo("8");
        assertThat(x.node("1").points()).isEqualByComparingTo("3.5");
        assertThat(x.node("1").subIndex()).isEqualTo(d("87.50"));   // 3.5 of 4
        assertThat(x.node("1.2").subIndex()).isEqualTo(d("75.00")); // 1.5 of 2
        assertThat(x.node("2").subIndex()).isEqualTo(d("75.00"));
        assertThat(x.total()).isEqualByComparingTo("7");
        assertThat(x.index()).isEqualTo(d("87.50"));

        assertThat(y.total()).isEqualByComparingTo("8.75");
        assertThat(y.index()).isEqualTo(d("87.50"));
        assertThat(y.node("1").subIndex()).isEqualTo(d("100.00"));

        assertThat(z.node("1").points()).isEqualByComparingTo("5");
        assertThat(z.node("2").subIndex()).isEqualTo(d("25.00"));
        assertThat(z.bonus()).isEqualByComparingTo("1");
        assertThat(z.index()).isEqualTo(d("70.00"));
        assertThat(List.of(x.groups().size(), y.groups().size(), z.groups().size())).containsOnly(2);
    }
}
