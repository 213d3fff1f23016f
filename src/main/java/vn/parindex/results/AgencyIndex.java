package vn.parindex.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One agency's index: the groups' points, bonus, penalty (each within its own maximum), the late-submission
 * penalty, the total, the applicable maximum and the index (0–100, 2 decimals, half-up), with every node's result.
 */
public record AgencyIndex(BigDecimal groupPoints, BigDecimal bonus, BigDecimal penalty, BigDecimal latePenalty,
                          BigDecimal total, BigDecimal applicableMax, BigDecimal index,
                          Map<String, NodeResult> nodes, boolean closedNotSubmitted) {

    /** The results of the scored groups (roots), in tree order. */
    public List<NodeResult> groups() {
        return nodes.values().stream().filter(n -> n.node().parentId() == null && n.kind() == ScoreTree.Kind.SCORED).toList();
    }

    public NodeResult node(String code) {
        return nodes.get(code);
    }
}
