package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.assessment.CriterionScore;
import vn.parindex.campaign.ClassBands;

/** Every rule of "How the index is computed", each with numbers worked out by hand. */
class IndexCalculatorTest {

    private final IndexCalculator calculator = new IndexCalculator(BigDecimal.ZERO);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void indexIsPointsOverMaximumAndSubIndicesArePerNode() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("2", "4").node("2.1", "4");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1.1", "2", "1.2", "1", "2.1", "3"),
                IndexCalculator.Standing.ON_TIME);
        // 2 + 1 + 3 = 6 of 10
        assertThat(index.total()).isEqualByComparingTo("6");
        assertThat(index.index()).isEqualTo(d("60.00"));
        assertThat(index.node("1").subIndex()).isEqualTo(d("50.00"));   // 3 of 6
        assertThat(index.node("1.2").subIndex()).isEqualTo(d("25.00")); // 1 of 4
        assertThat(index.node("2").subIndex()).isEqualTo(d("75.00"));   // 3 of 4
        assertThat(index.groups()).extracting(NodeResult::code).containsExactly("1", "2");
    }

    @Test
    void notApplicableTakesTheLeafMaximumOutOfEveryAncestorAndTheTotal() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("1.2.1", "2").node("1.2.2", "2")
                .node("2", "4");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1.1", "2", "1.2.1", "1", "1.2.2", "NA", "2", "4"),
                IndexCalculator.Standing.ON_TIME);
        assertThat(index.node("1.2.2").applicableMax()).isEqualByComparingTo("0");
        assertThat(index.node("1.2.2").subIndex()).isNull();
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
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1.1", "2", "1.2", "2", "2", "9"),
                IndexCalculator.Standing.ON_TIME);
        assertThat(index.node("1").points()).isEqualByComparingTo("3");
        assertThat(index.node("2").points()).isEqualByComparingTo("7");
        assertThat(index.index()).isEqualTo(d("100.00"));
    }

    @Test
    void aLeafWithoutScoreCountsZero() {
        Trees t = new Trees().node("1", "5").node("2", "5");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1", "5"), IndexCalculator.Standing.ON_TIME);
        assertThat(index.index()).isEqualTo(d("50.00"));
        assertThat(index.node("2").subIndex()).isEqualTo(d("0.00"));
    }

    @Test
    void bonusAndPenaltyAdjustTheTotalEachWithinItsOwnMaximumButNotTheMaximum() {
        Trees t = new Trees().node("1", "10").bonus("8", "1").penalty("9", "2");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1", "6", "8", "1.5", "9", "0.5"),
                IndexCalculator.Standing.ON_TIME);
        assertThat(index.bonus()).isEqualByComparingTo("1");      // 1.5 clamped at 1
        assertThat(index.penalty()).isEqualByComparingTo("0.5");
        assertThat(index.applicableMax()).isEqualByComparingTo("10");
        assertThat(index.total()).isEqualByComparingTo("6.5");    // 6 + 1 − 0.5
        assertThat(index.index()).isEqualTo(d("65.00"));
        assertThat(index.groups()).extracting(NodeResult::code).containsExactly("1");
    }

    @Test
    void aBonusGroupOfBonusLeavesIsABonusToo() {
        Trees t = new Trees().node("1", "10").node("9", "2").bonus("9.1", "1").bonus("9.2", "2");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1", "5", "9.1", "1", "9.2", "2"),
                IndexCalculator.Standing.ON_TIME);
        assertThat(index.bonus()).isEqualByComparingTo("2");      // 3 clamped at the group's 2
        assertThat(index.index()).isEqualTo(d("70.00"));
    }

    @Test
    void theIndexStaysWithin0And100() {
        Trees t = new Trees().node("1", "10").bonus("8", "2").penalty("9", "5");
        assertThat(calculator.compute(t.build(), t.leaves("1", "10", "8", "2"), IndexCalculator.Standing.ON_TIME)
                .index()).isEqualTo(d("100.00"));
        AgencyIndex low = calculator.compute(t.build(), t.leaves("1", "2", "9", "5"), IndexCalculator.Standing.ON_TIME);
        assertThat(low.total()).isEqualByComparingTo("-3");
        assertThat(low.index()).isEqualTo(d("0.00"));
    }

    @Test
    void theIndexIsRoundedHalfUpToTwoDecimals() {
        Trees t = new Trees().node("1", "32");
        // 1 of 32 = 3.125 % → 3.13 (half-even would give 3.12)
        assertThat(calculator.compute(t.build(), t.leaves("1", "1"), IndexCalculator.Standing.ON_TIME).index())
                .isEqualTo(d("3.13"));
        Trees thirds = new Trees().node("1", "3");
        assertThat(calculator.compute(thirds.build(), thirds.leaves("1", "2"), IndexCalculator.Standing.ON_TIME)
                .index()).isEqualTo(d("66.67"));
    }

    @Test
    void aLateSubmissionLosesTheCampaignsLatePenalty() {
        Trees t = new Trees().node("1", "10");
        IndexCalculator withPenalty = new IndexCalculator(d("1.5"));
        AgencyIndex late = withPenalty.compute(t.build(), t.leaves("1", "8"), new IndexCalculator.Standing(false, 2));
        assertThat(late.latePenalty()).isEqualByComparingTo("1.5");
        assertThat(late.index()).isEqualTo(d("65.00"));
        AgencyIndex onTime = withPenalty.compute(t.build(), t.leaves("1", "8"), IndexCalculator.Standing.ON_TIME);
        assertThat(onTime.index()).isEqualTo(d("80.00"));
    }

    @Test
    void anAgencyClosedAsNotSubmittedScoresZero() {
        Trees t = new Trees().node("1", "10").bonus("8", "1");
        AgencyIndex closed = calculator.compute(t.build(), t.leaves("1", "8", "8", "1"),
                new IndexCalculator.Standing(true, 0));
        assertThat(closed.total()).isEqualByComparingTo("0");
        assertThat(closed.index()).isEqualTo(d("0.00"));
        assertThat(closed.node("1").points()).isEqualByComparingTo("0");
    }

    @Test
    void theAppraisedScoreReplacesTheSelfScoreEvenWhenLower() {
        CriterionScore score = new CriterionScore(1L, 1L, 1L);
        score.setSelfPoints(d("2"));
        score.setAppraised(true);
        score.setAppraisedPoints(d("0.5"));
        assertThat(LeafValue.of(score).points()).isEqualByComparingTo("0.5");
        score.setAppraisedNa(true);
        assertThat(LeafValue.of(score).notApplicable()).isTrue();
    }

    @Test
    void allNotApplicableGivesNoSubIndexAndIndexZero() {
        Trees t = new Trees().node("1", "5");
        AgencyIndex index = calculator.compute(t.build(), t.leaves("1", "NA"), IndexCalculator.Standing.ON_TIME);
        assertThat(index.applicableMax()).isEqualByComparingTo("0");
        assertThat(index.index()).isEqualTo(d("0.00"));
    }

    /**
     * Three agencies on one small framework (max 10): group 1 (6) = 1.1 (2) + 1.2 (4) = 1.2.1 (2) + 1.2.2 (2, may be
     * N/A); group 2 (4) = 2.1, measured by the survey; bonus 8 (max 1); penalty 9 (max 1). Bands A 90, B 80, C 70, D 0.
     */
    @Test
    void workedExampleOfThreeAgencies() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("1.2.1", "2").node("1.2.2", "2")
                .node("2", "4").survey("2.1", "4").bonus("8", "1").penalty("9", "1");
        ScoreTree tree = t.build();

        // X: 2 + 1.5 + N/A; survey 75 % × 4 = 3; bonus 0.5 → total 7 of 10 − 2 = 8 → 87.50
        AgencyIndex x = calculator.compute(tree, t.leaves("1.1", "2", "1.2.1", "1.5", "1.2.2", "NA",
                "2.1", "3", "8", "0.5"), IndexCalculator.Standing.ON_TIME);
        // Y: 2 + 2 + 2; survey 75 % → 3; penalty 0.25 → total 8.75 of 10 → 87.50 (a tie with X)
        AgencyIndex y = calculator.compute(tree, t.leaves("1.1", "2", "1.2.1", "2", "1.2.2", "2",
                "2.1", "3", "9", "0.25"), IndexCalculator.Standing.ON_TIME);
        // Z: self 2 on 1.1 appraised down to 1; 2 + 2; survey 25 % → 1; bonus typed 1.5, capped at 1 → 7 of 10 → 70.00
        CriterionScore appraised = new CriterionScore(1L, 3L, t.id("1.1"));
        appraised.setSelfPoints(d("2"));
        appraised.setAppraised(true);
        appraised.setAppraisedPoints(d("1"));
        CriterionScore survey = new CriterionScore(1L, 3L, t.id("2.1"));
        survey.setSurveyPoints(d("0.25").multiply(d("4")));
        Map<Long, LeafValue> zLeaves = t.leaves("1.2.1", "2", "1.2.2", "2", "8", "1.5");
        zLeaves.put(t.id("1.1"), LeafValue.of(appraised));
        zLeaves.put(t.id("2.1"), LeafValue.of(survey));
        AgencyIndex z = calculator.compute(tree, zLeaves, IndexCalculator.Standing.ON_TIME);

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

        Map<Long, Integer> ranks = Ranking.ranks(List.of(
                new Ranking.Entry(1L, "DEPARTMENT", true, x.index()),
                new Ranking.Entry(2L, "DEPARTMENT", true, y.index()),
                new Ranking.Entry(3L, "DEPARTMENT", true, z.index())));
        assertThat(ranks).containsEntry(1L, 1).containsEntry(2L, 1).containsEntry(3L, 3);

        ClassBands bands = ClassBands.parse("A:90;B:80;C:70;D:0");
        assertThat(bands.classOf(x.index())).isEqualTo("B");
        assertThat(bands.classOf(y.index())).isEqualTo("B");
        assertThat(bands.classOf(z.index())).isEqualTo("C"); // 70.00 is C: lower bound included

        // weak (below 50 %): Z's group 2 (25 %) and its leaf 2.1, and 1.1 (1 of 2 = 50 % is not below)
        assertThat(WeakCriteria.of(3L, z, WeakCriteria.DEFAULT_THRESHOLD)).extracting(WeakCriteria.Weak::code)
                .containsExactly("2", "2.1");
        assertThat(WeakCriteria.of(1L, x, WeakCriteria.DEFAULT_THRESHOLD)).isEmpty();
    }
}
