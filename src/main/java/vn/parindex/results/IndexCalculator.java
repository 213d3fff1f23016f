package vn.parindex.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's index arithmetic (DOMAIN.md, "How the index is computed"), pure:
 * <ul>
 * <li>a leaf's points lie within 0 and its maximum; a leaf without points counts 0;</li>
 * <li>"not applicable" takes the leaf's maximum out of every ancestor's and the total's applicable maximum;</li>
 * <li>a node's points are the sum of its children's, clamped at its applicable maximum;</li>
 * <li>total = sum of the groups + bonus − penalty (each within its own maximum) − the late-submission penalty;</li>
 * <li>index = total ÷ applicable maximum × 100, kept within 0–100, rounded half-up to 2 decimals.</li>
 * </ul>
 * An agency closed as not submitted scores 0.
 */
public final class IndexCalculator {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal latePenaltyPoints;

    public IndexCalculator(BigDecimal latePenaltyPoints) {
        this.latePenaltyPoints = latePenaltyPoints == null ? BigDecimal.ZERO : latePenaltyPoints;
    }

    /** Where the agency's assessment stands, as far as the index cares. */
    public record Standing(boolean closedNotSubmitted, int lateDays) {
        public static final Standing ON_TIME = new Standing(false, 0);
    }

    public AgencyIndex compute(ScoreTree tree, Map<Long, LeafValue> leaves, Standing standing) {
        Map<String, NodeResult> results = new LinkedHashMap<>();
        BigDecimal groups = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        BigDecimal applicableMax = BigDecimal.ZERO;
        for (TreeNode root : tree.roots()) {
            ScoreTree.Kind kind = tree.kindOf(root.id());
            NodeResult result = evaluate(tree, root, kind, leaves, standing.closedNotSubmitted(), results).result();
            switch (kind) {
                case SCORED -> {
                    groups = groups.add(result.points());
                    applicableMax = applicableMax.add(result.applicableMax());
                }
                case BONUS -> bonus = bonus.add(result.points());
                case PENALTY -> penalty = penalty.add(result.points());
            }
        }
        BigDecimal late = !standing.closedNotSubmitted() && standing.lateDays() > 0 ? latePenaltyPoints : BigDecimal.ZERO;
        BigDecimal total = standing.closedNotSubmitted() ? BigDecimal.ZERO : groups.add(bonus).subtract(penalty).subtract(late);
        return new AgencyIndex(groups, bonus, penalty, late, total, applicableMax, index(total, applicableMax),
                results, standing.closedNotSubmitted());
    }

    /** A node's result and the maxima of the "not applicable" leaves under it. */
    private record Evaluated(NodeResult result, BigDecimal naMax) {
    }

    private Evaluated evaluate(ScoreTree tree, TreeNode node, ScoreTree.Kind kind, Map<Long, LeafValue> leaves,
                               boolean zero, Map<String, NodeResult> into) {
        // reserve the node's place so the map reads in tree order (children are evaluated first)
        into.put(node.code(), null);
        NodeResult result;
        BigDecimal naMax;
        BigDecimal max = positive(node.maxPoints());
        if (tree.isLeaf(node)) {
            LeafValue value = leaves.get(node.id());
            boolean na = value != null && value.notApplicable();
            BigDecimal points = na || zero || value == null || value.points() == null
                    ? BigDecimal.ZERO : clamp(value.points(), max);
            BigDecimal applicable = na ? BigDecimal.ZERO : max;
            naMax = na ? max : BigDecimal.ZERO;
            result = new NodeResult(node, kind, points, applicable, subIndex(points, applicable), na);
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            naMax = BigDecimal.ZERO;
            boolean allNa = true;
            for (TreeNode child : tree.childrenOf(node)) {
                Evaluated evaluated = evaluate(tree, child, kind, leaves, zero, into);
                sum = sum.add(evaluated.result().points());
                naMax = naMax.add(evaluated.naMax());
                allNa &= evaluated.result().notApplicable();
            }
            BigDecimal applicable = max.subtract(naMax).max(BigDecimal.ZERO);
            BigDecimal points = clamp(sum, applicable);
            result = new NodeResult(node, kind, points, applicable, subIndex(points, applicable), allNa);
        }
        into.put(node.code(), result);
        return new Evaluated(result, naMax);
    }

    static BigDecimal index(BigDecimal total, BigDecimal applicableMax) {
        if (applicableMax.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal raw = total.multiply(HUNDRED).divide(applicableMax, 10, RoundingMode.HALF_UP);
        return raw.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal subIndex(BigDecimal points, BigDecimal applicableMax) {
        if (applicableMax.signum() <= 0) {
            return null;
        }
        return points.multiply(HUNDRED).divide(applicableMax, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        return value.max(BigDecimal.ZERO).min(max);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value.max(BigDecimal.ZERO);
    }
}
