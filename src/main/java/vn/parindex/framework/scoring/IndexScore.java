package vn.parindex.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One agency's index: the groups' points, bonus and penalty (each within its own maximum), the late-submission
 * penalty, the total, the applicable maximum and the index (0–100, 2 decimals, half-up), with every node's score
 * by code, in tree order.
 */
public record IndexScore(BigDecimal groupPoints, BigDecimal bonus, BigDecimal penalty, BigDecimal latePenalty,
                         BigDecimal total, BigDecimal applicableMax, BigDecimal index, Map<String, NodeScore> nodes,
                         boolean closedNotSubmitted) {

    /** The scores of the scored groups (roots), in tree order. */
    public List<NodeScore> groups() {
        return nodes.values().stream().filter(n -> n.node().parentId() == null && n.kind() == ScoreKind.SCORED)
                .toList();
    }

    public NodeScore node(String code) {
        return nodes.get(code);
    }
}
