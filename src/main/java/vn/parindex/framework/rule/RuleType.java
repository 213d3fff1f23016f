package vn.parindex.framework.rule;

/** How a leaf is scored. The parameters of each rule are kept as text (see each rule class). */
public enum RuleType {
    YES_NO,
    LEVEL,
    PERCENT_TIERS,
    RATIO,
    COUNT,
    BONUS,
    PENALTY;

    /** Bonus and penalty points are added to or taken from the total; they are not part of the 100 points. */
    public boolean adjustsTotal() {
        return this == BONUS || this == PENALTY;
    }
}
