package vn.parindex.results;

import java.math.BigDecimal;

/**
 * A node's result: its points (children's sum clamped at the applicable maximum), its applicable maximum (its
 * maximum less that of every "not applicable" leaf below it) and its sub-index (points ÷ applicable max × 100,
 * 2 decimals; null when nothing below it applies).
 */
public record NodeResult(TreeNode node, ScoreTree.Kind kind, BigDecimal points, BigDecimal applicableMax,
                         BigDecimal subIndex, boolean notApplicable) {

    public String code() {
        return node.code();
    }
}
