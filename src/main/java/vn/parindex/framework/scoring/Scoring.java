package vn.parindex.framework.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The project's index arithmetic (DOMAIN.md, "How the index is computed"), pure, and the only copy of it: the
 * scorecard, the results, their exports and reports all score through here.
 * <ul>
 * <li>a leaf's points are those that count ({@link LeafAnswer#countingPoints}), within 0 and its maximum; a leaf
 * without points counts 0 and keeps its maximum;</li>
 * <li>"not applicable" takes the leaf's maximum out of every ancestor's and the total's applicable maximum;</li>
 * <li>a node's points are the sum of its children's, clamped at its applicable maximum;</li>
 * <li>total = sum of the groups + bonus − penalty (each within its own maximum, see {@link ScoreKind}) − the
 * late-submission penalty;</li>
 * <li>index = total ÷ applicable maximum × 100, kept within 0–100, rounded half-up to 2 decimals.</li>
 * </ul>
 * Points are kept with 2 decimals, half-up. An agency closed as not submitted scores 0.
 */
public final class Scoring {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * @param answers            the agency's answers by leaf id; a leaf without one is not scored yet (counts 0)
     * @param latePenaltyPoints  the campaign's penalty for a late submission (null: none)
     */
    public static IndexScore score(ScoringTree tree, Map<Long, LeafAnswer> answers, Standing standing,
                                   BigDecimal latePenaltyPoints) {
        Map<String, NodeScore> nodes = new LinkedHashMap<>();
        BigDecimal groups = ZERO;
        BigDecimal bonus = ZERO;
        BigDecimal penalty = ZERO;
        BigDecimal applicableMax = ZERO;
        boolean zero = standing.closedNotSubmitted();
        for (ScoreNode root : tree.roots()) {
            ScoreKind kind = tree.kindOf(root);
            NodeScore score = evaluate(tree, root, kind, answers, zero, nodes).score();
            switch (kind) {
                case SCORED -> {
                    groups = groups.add(score.points());
                    applicableMax = applicableMax.add(score.applicableMax());
                }
                case BONUS -> bonus = bonus.add(score.points());
                case PENALTY -> penalty = penalty.add(score.points());
            }
        }
        BigDecimal late = !zero && standing.lateDays() > 0 && latePenaltyPoints != null
                ? scale(latePenaltyPoints) : ZERO;
        BigDecimal total = zero ? ZERO : groups.add(bonus).subtract(penalty).subtract(late);
        return new IndexScore(groups, bonus, penalty, late, total, applicableMax, index(total, applicableMax), nodes,
                zero);
    }

    /** A node's score and the maxima of the "not applicable" leaves under it. */
    private record Evaluated(NodeScore score, BigDecimal naMax) {
    }

    private static Evaluated evaluate(ScoringTree tree, ScoreNode node, ScoreKind kind, Map<Long, LeafAnswer> answers,
                                      boolean zero, Map<String, NodeScore> into) {
        // reserve the node's place so the map reads in tree order (children are evaluated first)
        into.put(node.code(), null);
        NodeScore score;
        BigDecimal naMax;
        BigDecimal max = positive(node.maxPoints());
        if (tree.isLeaf(node)) {
            LeafAnswer answer = answers.get(node.id());
            boolean na = answer != null && answer.countsAsNotApplicable();
            BigDecimal counting = answer == null ? null : answer.countingPoints();
            BigDecimal points = na || zero || counting == null ? ZERO : clamp(scale(counting), max);
            BigDecimal applicable = na ? ZERO : max;
            naMax = na ? max : ZERO;
            score = new NodeScore(node, kind, points, applicable, subIndex(points, applicable), na);
        } else {
            BigDecimal sum = ZERO;
            naMax = ZERO;
            boolean allNa = true;
            for (ScoreNode child : tree.childrenOf(node)) {
                Evaluated evaluated = evaluate(tree, child, kind, answers, zero, into);
                sum = sum.add(evaluated.score().points());
                naMax = naMax.add(evaluated.naMax());
                allNa &= evaluated.score().notApplicable();
            }
            BigDecimal applicable = max.subtract(naMax).max(ZERO);
            BigDecimal points = clamp(sum, applicable);
            score = new NodeScore(node, kind, points, applicable, subIndex(points, applicable), allNa);
        }
        into.put(node.code(), score);
        return new Evaluated(score, naMax);
    }

    static BigDecimal index(BigDecimal total, BigDecimal applicableMax) {
        if (applicableMax.signum() <= 0) {
            return ZERO;
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
        return value.max(ZERO).min(max);
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null ? ZERO : scale(value).max(ZERO);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
