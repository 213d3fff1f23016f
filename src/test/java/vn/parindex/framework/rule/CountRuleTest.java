package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountRuleTest {

    @ParameterizedTest(name = "{2} × with {0}, max {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "points=0.5;cap=2 | 3 | 0 | 0.00",
        "points=0.5;cap=2 | 3 | 3 | 1.50",
        "points=0.5;cap=2 | 3 | 4 | 2.00",
        "points=0.5;cap=2 | 3 | 50 | 2.00",
        "cap=5;points=1 | 3 | 4 | 3.00",
        "points=0.25;cap=1 | 1 | 3 | 0.75",
    })
    void earnsCountTimesPointsWithinTheCapAndTheMaximum(String params, String max, String count, String points) {
        assertThat(ScoringRules.of(RuleType.COUNT, params).points(new BigDecimal(max), count))
                .isEqualTo(new BigDecimal(points));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "ba", ""})
    void countsMustBeWholeNumbersFromZero(String answer) {
        ScoringRule rule = ScoringRules.of(RuleType.COUNT, "points=1;cap=3");
        assertThatThrownBy(() -> rule.points(BigDecimal.TEN, answer)).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void aCountThatIsNotANumberNamesItself() {
        ScoringRule rule = ScoringRules.of(RuleType.COUNT, "points=1;cap=3");
        assertThatThrownBy(() -> rule.points(BigDecimal.TEN, "1.5")).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> {
                    assertThat(e.key()).isEqualTo("framework.answer.notACount");
                    assertThat(e.args()).containsExactly("1.5");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "points=1", "cap=2", "points=0;cap=2", "points=1;cap=x", "each=1;cap=2", "points:1;cap:2"})
    void parametersNeedPositivePointsAndCap(String params) {
        assertThatThrownBy(() -> ScoringRules.of(RuleType.COUNT, params)).isInstanceOf(InvalidRuleParamsException.class);
    }
}
