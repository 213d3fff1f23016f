package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The national method's table: 100 % → 2; 95 – < 100 → 1.75; 80 – < 95 → 1.5; 70 – < 80 → 1; 60 – < 70 → 0.5. */
class PercentTiersRuleTest {

    static final BigDecimal MAX = new BigDecimal("2");
    final ScoringRule rule = ScoringRules.forLeaf(RuleType.PERCENT_TIERS, "100:2;95:1.75;80:1.5;70:1;60:0.5", MAX);

    @ParameterizedTest(name = "{0} % earns {1}")
    @CsvSource({
        "100, 2.00", "99.99, 1.75", "95, 1.75", "94.99, 1.50", "80, 1.50", "79.99, 1.00", "70, 1.00",
        "69.99, 0.50", "60, 0.50", "59.99, 0.00", "0, 0.00", "'95,5', 1.75", "85%, 1.50",
    })
    void everyBoundaryOfTheTable(String answer, String points) {
        assertThat(rule.points(MAX, answer)).isEqualTo(new BigDecimal(points));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.01"})
    void percentagesOutsideZeroToHundredAreRefused(String answer) {
        assertThatThrownBy(() -> rule.points(MAX, answer))
                .isInstanceOfSatisfying(InvalidAnswerException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.answer.percentOutOfRange"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "9 5", "95..1"})
    void textIsRefused(String answer) {
        assertThatThrownBy(() -> rule.points(MAX, answer))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.key()).isEqualTo("framework.answer.notANumber");
                    assertThat(e.args()).containsExactly(answer);
                });
    }

    @Test
    void aMissingAnswerIsRefused() {
        assertThatThrownBy(() -> rule.points(MAX, " "))
                .isInstanceOfSatisfying(InvalidAnswerException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.answer.missing"));
    }

    @Test
    void tiersMayBeWrittenInAnyOrder() {
        ScoringRule shuffled = ScoringRules.of(RuleType.PERCENT_TIERS, "60:0.5;100:2;80:1.5;95:1.75;70:1;");
        assertThat(shuffled.points(MAX, "96")).isEqualTo(new BigDecimal("1.75"));
        assertThat(shuffled.points(MAX, "65")).isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void tierPointsAboveTheMaximumDoNotFit() {
        assertThatThrownBy(() -> ScoringRules.forLeaf(RuleType.PERCENT_TIERS, "100:3;50:1", MAX))
                .isInstanceOfSatisfying(InvalidRuleParamsException.class, e -> {
                    assertThat(e.key()).isEqualTo("framework.params.pointsAboveMax");
                    assertThat(e.args()).containsExactly("3", "2");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"100=2", "101:2", "abc:1", "100:x", "100:2;100:1", "100:-1", ""})
    void unreadableParametersAreRefused(String params) {
        assertThatThrownBy(() -> ScoringRules.of(RuleType.PERCENT_TIERS, params))
                .isInstanceOf(InvalidRuleParamsException.class);
    }
}
