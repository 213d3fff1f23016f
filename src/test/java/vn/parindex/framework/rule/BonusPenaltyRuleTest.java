package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BonusPenaltyRuleTest {

    static final BigDecimal MAX = new BigDecimal("3");

    @ParameterizedTest
    @EnumSource(value = RuleType.class, names = {"BONUS", "PENALTY"})
    void pointsWithinTheMaximumAreKeptAsTyped(RuleType type) {
        ScoringRule rule = ScoringRules.of(type, null);
        assertThat(rule.type()).isEqualTo(type);
        assertThat(type.adjustsTotal()).isTrue();
        assertThat(rule.points(MAX, "0")).isEqualTo(new BigDecimal("0.00"));
        assertThat(rule.points(MAX, "1,5")).isEqualTo(new BigDecimal("1.50"));
        assertThat(rule.points(MAX, "3")).isEqualTo(new BigDecimal("3.00"));
    }

    @ParameterizedTest
    @EnumSource(value = RuleType.class, names = {"BONUS", "PENALTY"})
    void pointsOutsideZeroToMaximumAreRefused(RuleType type) {
        ScoringRule rule = ScoringRules.of(type, "");
        assertThatThrownBy(() -> rule.points(MAX, "3.01")).isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
            assertThat(e.key()).isEqualTo("framework.answer.pointsOutOfRange");
            assertThat(e.args()).containsExactly("3.01", "3");
        });
        assertThatThrownBy(() -> rule.points(MAX, "-1")).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> rule.points(MAX, "hai")).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> assertThat(e.key()).isEqualTo("framework.answer.notANumber"));
        assertThatThrownBy(() -> ScoringRules.of(type, "cap=3")).isInstanceOf(InvalidRuleParamsException.class);
    }

    @ParameterizedTest
    @EnumSource(value = RuleType.class, names = {"YES_NO", "LEVEL", "PERCENT_TIERS", "RATIO", "COUNT"})
    void otherRulesDoNotAdjustTheTotal(RuleType type) {
        assertThat(type.adjustsTotal()).isFalse();
    }
}
