package vn.parindex.framework.scoring;

import java.math.BigDecimal;

import vn.parindex.framework.rule.RuleType;

/** One node of a framework version's tree as the scoring reads it: where it sits, its maximum and its rule. */
public record ScoreNode(Long id, Long parentId, String code, String title, BigDecimal maxPoints, RuleType ruleType) {
}
