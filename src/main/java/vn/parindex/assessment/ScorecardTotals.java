package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.parindex.framework.Criterion;
import vn.parindex.framework.rule.LeafScore;
import vn.parindex.framework.rule.RuleType;

/**
 * Adds up one agency's leaf scores the project's way (DOMAIN.md "How the index is computed"): "not applicable"
 * takes a leaf's maximum out of every ancestor's applicable maximum; a node's points are its children's sum
 * clamped at its applicable maximum; total = groups + bonus − penalty (root bonus/penalty leaves, each within
 * its maximum); index = total ÷ applicable maximum × 100, kept within 0–100, half-up to 2 decimals.
 * An unanswered leaf scores 0 and keeps its maximum.
 */
public final class ScorecardTotals {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A node's points, applicable maximum and sub-index (null when nothing of it applies). */
    public record NodeTotal(BigDecimal points, BigDecimal applicableMax, BigDecimal subIndex) {
    }

    public record Totals(Map<String, NodeTotal> nodes, BigDecimal groups, BigDecimal bonus, BigDecimal penalty,
                         BigDecimal total, BigDecimal applicableMax, BigDecimal index) {

        public NodeTotal of(String code) {
            return nodes.get(code);
        }
    }

    private ScorecardTotals() {
    }

    /**
     * @param roots     the framework's groups (and root bonus/penalty leaves), children in order
     * @param leafScore a leaf's score, or null when it is not answered yet
     */
    public static Totals compute(List<Criterion> roots, Function<Criterion, LeafScore> leafScore) {
        Map<String, NodeTotal> nodes = new LinkedHashMap<>();
        BigDecimal groups = ZERO;
        BigDecimal applicableMax = ZERO;
        BigDecimal bonus = ZERO;
        BigDecimal penalty = ZERO;
        for (Criterion root : roots) {
            NodeTotal node = node(root, leafScore, nodes);
            if (isAdjustment(root)) {
                if (root.getRuleType() == RuleType.BONUS) {
                    bonus = bonus.add(node.points());
                } else {
                    penalty = penalty.add(node.points());
                }
            } else {
                groups = groups.add(node.points());
                applicableMax = applicableMax.add(node.applicableMax());
            }
        }
        BigDecimal total = groups.add(bonus).subtract(penalty);
        return new Totals(nodes, groups, bonus, penalty, total, applicableMax, percent(total, applicableMax));
    }

    static boolean isAdjustment(Criterion criterion) {
        return criterion.isLeaf() && criterion.getRuleType() != null && criterion.getRuleType().adjustsTotal();
    }

    private static NodeTotal node(Criterion node, Function<Criterion, LeafScore> leafScore, Map<String, NodeTotal> out) {
        BigDecimal max = scale(node.getMaxPoints());
        NodeTotal total;
        if (node.isLeaf()) {
            LeafScore score = leafScore.apply(node);
            if (score != null && !score.applicable()) {
                total = new NodeTotal(ZERO, ZERO, null);
            } else {
                BigDecimal points = score == null ? ZERO : clamp(scale(score.points()), max);
                total = new NodeTotal(points, max, percent(points, max));
            }
        } else {
            BigDecimal sum = ZERO;
            BigDecimal notApplicable = ZERO;
            for (Criterion child : node.getChildren()) {
                NodeTotal childTotal = node(child, leafScore, out);
                sum = sum.add(childTotal.points());
                notApplicable = notApplicable.add(notApplicableMax(child, out));
            }
            BigDecimal applicable = max.subtract(notApplicable).max(ZERO);
            BigDecimal points = clamp(sum, applicable);
            total = new NodeTotal(points, applicable, applicable.signum() == 0 ? null : percent(points, applicable));
        }
        out.put(node.getCode(), total);
        return total;
    }

    /** The maximum of the not-applicable leaves under (or at) this node, already computed. */
    private static BigDecimal notApplicableMax(Criterion node, Map<String, NodeTotal> out) {
        if (node.isLeaf()) {
            return out.get(node.getCode()).applicableMax().signum() == 0 && node.getMaxPoints().signum() > 0
                    ? scale(node.getMaxPoints()) : ZERO;
        }
        BigDecimal sum = ZERO;
        for (Criterion child : node.getChildren()) {
            sum = sum.add(notApplicableMax(child, out));
        }
        return sum;
    }

    private static BigDecimal percent(BigDecimal points, BigDecimal max) {
        if (max.signum() == 0) {
            return ZERO;
        }
        BigDecimal index = points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
        return index.max(ZERO).min(HUNDRED.setScale(2));
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        return value.max(ZERO).min(max);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, RoundingMode.HALF_UP);
    }
}
