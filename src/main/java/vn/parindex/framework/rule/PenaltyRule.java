package vn.parindex.framework.rule;

/**
 * Penalty points (điểm trừ): 0 – max, taken from the total. The rule returns the points as a positive
 * number within its maximum; the total subtracts them.
 */
public final class PenaltyRule extends AdjustmentRule {

    static PenaltyRule parse(String params) {
        Numbers.noParams(RuleType.PENALTY, params);
        return new PenaltyRule();
    }

    @Override
    public RuleType type() {
        return RuleType.PENALTY;
    }
}
