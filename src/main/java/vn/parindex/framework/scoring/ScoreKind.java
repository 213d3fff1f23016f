package vn.parindex.framework.scoring;

import vn.parindex.framework.rule.RuleType;

/**
 * What a root of the tree does to the total: a group is scored (counts towards the maximum); a root leaf scored
 * as bonus or penalty adds to or takes from the total and is no part of the maximum. The one place that tells
 * them apart (the validator, the framework page, the scorecard and the results all ask here).
 */
public enum ScoreKind {
    SCORED, BONUS, PENALTY;

    public static ScoreKind ofRoot(boolean leaf, RuleType ruleType) {
        if (!leaf || ruleType == null) {
            return SCORED;
        }
        return switch (ruleType) {
            case BONUS -> BONUS;
            case PENALTY -> PENALTY;
            default -> SCORED;
        };
    }

    /** Whether a root of this kind adjusts the total instead of counting towards the maximum. */
    public boolean adjustsTotal() {
        return this != SCORED;
    }
}
