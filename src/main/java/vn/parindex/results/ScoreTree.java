package vn.parindex.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;

/**
 * A framework tree ready for aggregation: nodes in tree order, with their children. A root that is a BONUS or
 * PENALTY leaf (or a root whose leaves are all BONUS, or all PENALTY) adjusts the total instead of counting
 * towards the maximum.
 */
public final class ScoreTree {

    public enum Kind { SCORED, BONUS, PENALTY }

    private final List<TreeNode> nodes;
    private final Map<Long, List<TreeNode>> children = new HashMap<>();
    private final List<TreeNode> roots = new ArrayList<>();
    private final Map<Long, Kind> rootKinds = new LinkedHashMap<>();

    public ScoreTree(List<TreeNode> nodesInTreeOrder) {
        this.nodes = List.copyOf(nodesInTreeOrder);
        for (TreeNode node : nodes) {
            if (node.parentId() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
        for (TreeNode root : roots) {
            rootKinds.put(root.id(), kindOf(root));
        }
    }

    public static ScoreTree of(FrameworkVersion version) {
        List<TreeNode> list = new ArrayList<>();
        for (Criterion c : version.getCriteria()) {
            list.add(new TreeNode(c.getId(), c.getParent() == null ? null : c.getParent().getId(), version.getId(),
                    c.getCode(), c.getTitle(), c.getMaxPoints(), c.getRuleType(), c.getMeasuredBy()));
        }
        return new ScoreTree(list);
    }

    private Kind kindOf(TreeNode root) {
        List<TreeNode> leaves = leavesUnder(root);
        if (leaves.stream().allMatch(l -> l.ruleType() == vn.parindex.framework.rule.RuleType.BONUS)) {
            return Kind.BONUS;
        }
        if (leaves.stream().allMatch(l -> l.ruleType() == vn.parindex.framework.rule.RuleType.PENALTY)) {
            return Kind.PENALTY;
        }
        return Kind.SCORED;
    }

    public List<TreeNode> leavesUnder(TreeNode node) {
        List<TreeNode> leaves = new ArrayList<>();
        collectLeaves(node, leaves);
        return leaves;
    }

    private void collectLeaves(TreeNode node, List<TreeNode> into) {
        List<TreeNode> kids = childrenOf(node);
        if (kids.isEmpty()) {
            into.add(node);
        } else {
            kids.forEach(k -> collectLeaves(k, into));
        }
    }

    public List<TreeNode> nodes() { return nodes; }
    public List<TreeNode> roots() { return roots; }
    public List<TreeNode> childrenOf(TreeNode node) { return children.getOrDefault(node.id(), List.of()); }
    public boolean isLeaf(TreeNode node) { return !children.containsKey(node.id()); }
    public Kind kindOf(Long rootId) { return rootKinds.get(rootId); }
}
