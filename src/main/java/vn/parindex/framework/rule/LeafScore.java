package vn.parindex.framework.rule;

import java.math.BigDecimal;

/** The result of scoring one leaf: its points, or "not applicable" (no points, no maximum). */
public record LeafScore(BigDecimal points, boolean applicable) {

    private static final LeafScore NOT_APPLICABLE = new LeafScore(Numbers.ZERO, false);

    public static LeafScore of(BigDecimal points) {
        return new LeafScore(Numbers.scale(points), true);
    }

    public static LeafScore notApplicable() {
        return NOT_APPLICABLE;
    }

    /** The part of the leaf's maximum that counts in its ancestors' applicable maxima. */
    public BigDecimal applicableMax(BigDecimal max) {
        return applicable ? Numbers.scale(max) : Numbers.ZERO;
    }
}
