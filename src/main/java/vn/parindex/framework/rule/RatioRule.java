package vn.parindex.framework.rule;

import java.math.BigDecimal;

/** Ratio × maximum: the answer is a percentage 0 – 100 and earns max × pct / 100. No parameters. */
public final class RatioRule implements ScoringRule {

    static RatioRule parse(String params) {
        Numbers.noParams(RuleType.RATIO, params);
        return new RatioRule();
    }

    @Override
    public RuleType type() {
        return RuleType.RATIO;
    }

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        BigDecimal pct = Numbers.percent(answer);
        return Numbers.scale(max.multiply(pct).divide(Numbers.HUNDRED));
    }
}
