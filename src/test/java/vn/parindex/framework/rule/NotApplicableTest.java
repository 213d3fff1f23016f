package vn.parindex.framework.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class NotApplicableTest {

    static final BigDecimal MAX = new BigDecimal("2");
    final ScoringRule rule = ScoringRules.of(RuleType.RATIO, null);

    @Test
    void notApplicableTakesTheLeafAndItsMaximumOut() {
        LeafScore score = rule.score(MAX, true, Answer.notApplicable());
        assertThat(score.applicable()).isFalse();
        assertThat(score.points()).isEqualTo(new BigDecimal("0.00"));
        assertThat(score.applicableMax(MAX)).isEqualTo(new BigDecimal("0.00"));
        assertThat(Answer.notApplicable()).isSameAs(NotApplicable.INSTANCE);
    }

    @Test
    void aGivenAnswerKeepsTheMaximum() {
        LeafScore score = rule.score(MAX, true, Answer.of("75"));
        assertThat(score.applicable()).isTrue();
        assertThat(score.points()).isEqualTo(new BigDecimal("1.50"));
        assertThat(score.applicableMax(MAX)).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void onlyLeavesThatAllowItMayBeNotApplicable() {
        assertThatThrownBy(() -> rule.score(MAX, false, new NotApplicable()))
                .isInstanceOfSatisfying(InvalidAnswerException.class,
                        e -> assertThat(e.key()).isEqualTo("framework.answer.naNotAllowed"));
        assertThatThrownBy(() -> rule.score(MAX, true, null)).isInstanceOf(InvalidAnswerException.class);
    }
}
