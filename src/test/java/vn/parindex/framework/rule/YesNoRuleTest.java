package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoRuleTest {

    static final BigDecimal MAX = new BigDecimal("1.5");
    final ScoringRule rule = ScoringRules.of(RuleType.YES_NO, null);

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Có", "co", "TRUE", "1", "Đạt"})
    void yesEarnsTheMaximum(String answer) {
        assertThat(rule.points(MAX, answer)).isEqualTo(new BigDecimal("1.50"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "Không", "khong", "false", "0", "Không đạt"})
    void noEarnsNothing(String answer) {
        assertThat(rule.points(MAX, answer)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> rule.points(MAX, "maybe"))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.key()).isEqualTo("framework.answer.notYesNo");
                    assertThat(e.args()).containsExactly("maybe");
                });
        assertThatThrownBy(() -> rule.points(MAX, null)).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void takesNoParameters() {
        assertThat(ScoringRules.of(RuleType.YES_NO, "  ").type()).isEqualTo(RuleType.YES_NO);
        assertThatThrownBy(() -> ScoringRules.of(RuleType.YES_NO, "yes=1"))
                .isInstanceOfSatisfying(InvalidRuleParamsException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.params.notExpected"));
    }
}
