package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioRuleTest {

    final ScoringRule rule = ScoringRules.of(RuleType.RATIO, "");

    @ParameterizedTest(name = "{1} % of {0} is {2}")
    @CsvSource({"2, 100, 2.00", "2, 0, 0.00", "2, 50, 1.00", "1.5, 33.3, 0.50", "3, 12.345, 0.37", "0.75, 87.5, 0.66"})
    void earnsTheShareOfTheMaximumRoundedHalfUp(String max, String pct, String points) {
        assertThat(rule.points(new BigDecimal(max), pct)).isEqualTo(new BigDecimal(points));
    }

    @Test
    void percentagesOutsideZeroToHundredAndTextAreRefused() {
        BigDecimal max = BigDecimal.TEN;
        assertThatThrownBy(() -> rule.points(max, "100.5")).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> assertThat(e.key()).isEqualTo("framework.answer.percentOutOfRange"));
        assertThatThrownBy(() -> rule.points(max, "-0.1")).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> rule.points(max, "nhiều")).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> assertThat(e.key()).isEqualTo("framework.answer.notANumber"));
    }

    @Test
    void takesNoParameters() {
        assertThatThrownBy(() -> ScoringRules.of(RuleType.RATIO, "100:2")).isInstanceOf(InvalidRuleParamsException.class);
    }
}
