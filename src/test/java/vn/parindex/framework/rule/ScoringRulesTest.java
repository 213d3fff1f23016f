package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    @Test
    void eachTypeGetsItsRule() {
        assertThat(ScoringRules.of(RuleType.YES_NO, null)).isInstanceOf(YesNoRule.class);
        assertThat(ScoringRules.of(RuleType.LEVEL, "A=1")).isInstanceOf(LevelRule.class);
        assertThat(ScoringRules.of(RuleType.PERCENT_TIERS, "50:1")).isInstanceOf(PercentTiersRule.class);
        assertThat(ScoringRules.of(RuleType.RATIO, null)).isInstanceOf(RatioRule.class);
        assertThat(ScoringRules.of(RuleType.COUNT, "points=1;cap=2")).isInstanceOf(CountRule.class);
        assertThat(ScoringRules.of(RuleType.BONUS, null)).isInstanceOf(BonusRule.class);
        assertThat(ScoringRules.of(RuleType.PENALTY, null)).isInstanceOf(PenaltyRule.class);
    }

    @Test
    void noTypeIsNoRule() {
        assertThatThrownBy(() -> ScoringRules.of(null, null)).isInstanceOfSatisfying(InvalidRuleParamsException.class,
                e -> assertThat(e.key()).isEqualTo("framework.params.noRule"));
    }

    @Test
    void forLeafChecksTheParametersAgainstTheMaximum() {
        assertThat(ScoringRules.forLeaf(RuleType.LEVEL, "A=1;B=0.5", BigDecimal.ONE).type()).isEqualTo(RuleType.LEVEL);
        assertThatThrownBy(() -> ScoringRules.forLeaf(RuleType.LEVEL, "A=1.01", BigDecimal.ONE))
                .isInstanceOf(InvalidRuleParamsException.class);
    }

    @Test
    void countCapAboveTheMaximumIsClampedByTheMaximum() {
        ScoringRule rule = ScoringRules.forLeaf(RuleType.COUNT, "points=1;cap=5", new BigDecimal("2"));
        assertThat(rule.points(new BigDecimal("2"), "4")).isEqualTo(new BigDecimal("2.00"));
    }
}
