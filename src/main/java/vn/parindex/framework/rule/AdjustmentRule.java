package vn.parindex.framework.rule;

import java.math.BigDecimal;

/** Points typed by hand between 0 and the maximum, which the total then adds or takes away. No parameters. */
abstract sealed class AdjustmentRule implements ScoringRule permits BonusRule, PenaltyRule {

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        return Numbers.scale(Numbers.points(answer, max));
    }
}
