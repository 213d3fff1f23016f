package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.Criterion;
import vn.parindex.framework.rule.LeafScore;
import vn.parindex.framework.rule.RuleType;

class ScorecardTotalsTest {

    final Map<String, LeafScore> scores = new HashMap<>();

    @Test
    void sumsLeavesIntoGroupsAndTheIndex() {
        Criterion g1 = node(null, "1", 10);
        node(g1, "1.1", 4);
        node(g1, "1.2", 6);
        Criterion g2 = node(null, "2", 10);
        node(g2, "2.1", 10);
        scores.put("1.1", LeafScore.of(bd("4")));
        scores.put("1.2", LeafScore.of(bd("3.5")));
        scores.put("2.1", LeafScore.of(bd("5")));
        ScorecardTotals.Totals t = ScorecardTotals.compute(List.of(g1, g2), c -> scores.get(c.getCode()));
        assertThat(t.of("1").points()).isEqualByComparingTo("7.5");
        assertThat(t.of("1").subIndex()).isEqualByComparingTo("75.00");
        assertThat(t.total()).isEqualByComparingTo("12.5");
        assertThat(t.applicableMax()).isEqualByComparingTo("20");
        assertThat(t.index()).isEqualByComparingTo("62.50");
    }

    @Test
    void notApplicableTakesTheLeafMaxOutOfEveryAncestorAndTheTotal() {
        Criterion g1 = node(null, "1", 10);
        Criterion c11 = node(g1, "1.1", 6);
        node(c11, "1.1.1", 2);
        node(c11, "1.1.2", 4);
        node(g1, "1.2", 4);
        scores.put("1.1.1", LeafScore.notApplicable());
        scores.put("1.1.2", LeafScore.of(bd("4")));
        scores.put("1.2", LeafScore.of(bd("2")));
        ScorecardTotals.Totals t = ScorecardTotals.compute(List.of(g1), c -> scores.get(c.getCode()));
        assertThat(t.of("1.1").applicableMax()).isEqualByComparingTo("4");
        assertThat(t.of("1").applicableMax()).isEqualByComparingTo("8");
        assertThat(t.of("1.1.1").subIndex()).isNull();
        assertThat(t.applicableMax()).isEqualByComparingTo("8");
        assertThat(t.index()).isEqualByComparingTo("75.00");
    }

    @Test
    void nodePointsAreClampedAtTheApplicableMaximum() {
        Criterion g1 = node(null, "1", 5);
        node(g1, "1.1", 4);
        node(g1, "1.2", 4);
        scores.put("1.1", LeafScore.of(bd("4")));
        scores.put("1.2", LeafScore.of(bd("4")));
        ScorecardTotals.Totals t = ScorecardTotals.compute(List.of(g1), c -> scores.get(c.getCode()));
        assertThat(t.of("1").points()).isEqualByComparingTo("5");
        assertThat(t.index()).isEqualByComparingTo("100.00");
    }

    @Test
    void bonusAndPenaltyAdjustTheTotalButNotTheMaximumAndTheIndexStaysWithin0And100() {
        Criterion g1 = node(null, "1", 10);
        node(g1, "1.1", 10);
        Criterion bonus = node(null, "9", 3);
        bonus.setRuleType(RuleType.BONUS);
        Criterion penalty = node(null, "10", 5);
        penalty.setRuleType(RuleType.PENALTY);
        scores.put("1.1", LeafScore.of(bd("9")));
        scores.put("9", LeafScore.of(bd("3")));
        scores.put("10", LeafScore.of(bd("1")));
        ScorecardTotals.Totals t = ScorecardTotals.compute(List.of(g1, bonus, penalty), c -> scores.get(c.getCode()));
        assertThat(t.bonus()).isEqualByComparingTo("3");
        assertThat(t.penalty()).isEqualByComparingTo("1");
        assertThat(t.total()).isEqualByComparingTo("11");
        assertThat(t.applicableMax()).isEqualByComparingTo("10");
        assertThat(t.index()).isEqualByComparingTo("100.00");
    }

    @Test
    void unansweredLeavesScoreZeroAndIndexRoundsHalfUp() {
        Criterion g1 = node(null, "1", 3);
        node(g1, "1.1", 1);
        node(g1, "1.2", 2);
        scores.put("1.1", LeafScore.of(bd("1")));
        ScorecardTotals.Totals t = ScorecardTotals.compute(List.of(g1), c -> scores.get(c.getCode()));
        // 1 / 3 = 33.333… → 33.33; 2 / 3 would be 66.67
        assertThat(t.index()).isEqualByComparingTo("33.33");
        scores.put("1.1", LeafScore.of(bd("0.5")));
        scores.put("1.2", LeafScore.of(bd("1.5")));
        assertThat(ScorecardTotals.compute(List.of(g1), c -> scores.get(c.getCode())).index())
                .isEqualByComparingTo("66.67");
    }

    private static Criterion node(Criterion parent, String code, int max) {
        Criterion c = new Criterion(null, parent, code, "T " + code, BigDecimal.valueOf(max));
        if (parent != null) {
            parent.getChildren().add(c);
        }
        return c;
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
