package vn.parindex.framework.rule;

import java.math.BigDecimal;

/** Reads a rule's parameters text into a {@link ScoringRule}. */
public final class ScoringRules {

    private ScoringRules() {
    }

    /**
     * The rule of the given type with the given parameters.
     *
     * @throws InvalidRuleParamsException if the parameters cannot be read
     */
    public static ScoringRule of(RuleType type, String params) {
        if (type == null) {
            throw new InvalidRuleParamsException("framework.params.noRule", "No rule type");
        }
        return switch (type) {
            case YES_NO -> YesNoRule.parse(params);
            case LEVEL -> LevelRule.parse(params);
            case PERCENT_TIERS -> PercentTiersRule.parse(params);
            case RATIO -> RatioRule.parse(params);
            case COUNT -> CountRule.parse(params);
            case BONUS -> BonusRule.parse(params);
            case PENALTY -> PenaltyRule.parse(params);
        };
    }

    /**
     * The rule, checked against the leaf's maximum: what validation and import use.
     *
     * @throws InvalidRuleParamsException if the parameters cannot be read or do not fit the maximum
     */
    public static ScoringRule forLeaf(RuleType type, String params, BigDecimal max) {
        ScoringRule rule = of(type, params);
        if (max != null) {
            rule.checkFits(max);
        }
        return rule;
    }
}
