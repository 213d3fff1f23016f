package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevelRuleTest {

    static final BigDecimal MAX = new BigDecimal("2");
    static final String PARAMS = "Đầy đủ, kịp thời=2;Đầy đủ nhưng chưa kịp thời=1;Không thực hiện=0";
    final LevelRule rule = (LevelRule) ScoringRules.forLeaf(RuleType.LEVEL, PARAMS, MAX);

    @Test
    void eachLabelEarnsItsPoints() {
        assertThat(rule.points(MAX, "Đầy đủ, kịp thời")).isEqualTo(new BigDecimal("2.00"));
        assertThat(rule.points(MAX, "Đầy đủ nhưng chưa kịp thời")).isEqualTo(new BigDecimal("1.00"));
        assertThat(rule.points(MAX, "Không thực hiện")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void labelsMatchWithoutCaseOrDiacritics() {
        assertThat(rule.points(MAX, "  day du, kip thoi ")).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void levelsAreListedInOrderForPickers() {
        assertThat(rule.levels()).extracting(LevelRule.Level::label)
                .containsExactly("Đầy đủ, kịp thời", "Đầy đủ nhưng chưa kịp thời", "Không thực hiện");
    }

    @Test
    void anUnknownLabelIsRefusedNamingTheLevels() {
        assertThatThrownBy(() -> rule.points(MAX, "Tốt"))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
                    assertThat(e.key()).isEqualTo("framework.answer.unknownLevel");
                    assertThat(e.args()[1].toString()).contains("Không thực hiện");
                });
    }

    @Test
    void aLevelAboveTheMaximumDoesNotFit() {
        assertThatThrownBy(() -> ScoringRules.forLeaf(RuleType.LEVEL, "Tốt=2.5;Kém=0", MAX))
                .isInstanceOfSatisfying(InvalidRuleParamsException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.params.pointsAboveMax"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Tốt", "=2", "Tốt=abc", "Tốt=2;tot=1", "Tốt=-1"})
    void unreadableParametersAreRefused(String params) {
        assertThatThrownBy(() -> ScoringRules.of(RuleType.LEVEL, params)).isInstanceOf(InvalidRuleParamsException.class);
    }
}
