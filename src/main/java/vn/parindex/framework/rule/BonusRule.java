package vn.parindex.framework.rule;

/** Bonus points (điểm thưởng): 0 – max, added to the total after the groups are clamped. */
public final class BonusRule extends AdjustmentRule {

    static BonusRule parse(String params) {
        Numbers.noParams(RuleType.BONUS, params);
        return new BonusRule();
    }

    @Override
    public RuleType type() {
        return RuleType.BONUS;
    }
}
