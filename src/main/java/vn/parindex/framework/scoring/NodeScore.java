package vn.parindex.framework.scoring;

import java.math.BigDecimal;

/**
 * A node's score: its points (a leaf's within 0 and its maximum; an inner node's the sum of its children's,
 * clamped at its applicable maximum), its applicable maximum (its maximum less that of every "not applicable"
 * leaf below it) and its sub-index (points ÷ applicable maximum × 100, 2 decimals; null when nothing of it
 * applies). {@code kind} is that of the root above it.
 */
public record NodeScore(ScoreNode node, ScoreKind kind, BigDecimal points, BigDecimal applicableMax,
                        BigDecimal subIndex, boolean notApplicable) {

    public String code() {
        return node.code();
    }

    public String title() {
        return node.title();
    }
}
