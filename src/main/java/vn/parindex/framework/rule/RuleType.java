package vn.parindex.framework.rule;

/** How a leaf is scored. The parameters of each rule are kept as text (see each rule class). */
public enum RuleType {
    YES_NO,
    LEVEL,
    PERCENT_TIERS,
    RATIO,
    COUNT,
    BONUS,
    PENALTY
}
