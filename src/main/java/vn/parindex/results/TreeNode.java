package vn.parindex.results;

import java.math.BigDecimal;

import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.scoring.ScoreNode;

/** One node of a framework tree as the aggregation needs it (read by a projection, not as an entity). */
public record TreeNode(Long id, Long parentId, Long versionId, String code, String title, BigDecimal maxPoints,
                       RuleType ruleType) {

    ScoreNode scoreNode() {
        return new ScoreNode(id, parentId, code, title, maxPoints, ruleType);
    }
}
