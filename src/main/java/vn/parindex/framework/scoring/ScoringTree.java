package vn.parindex.framework.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A framework version's tree ready for scoring: its nodes in tree order (parents before children), with their children. */
public final class ScoringTree {

    private final List<ScoreNode> nodes;
    private final Map<Long, List<ScoreNode>> children = new HashMap<>();
    private final List<ScoreNode> roots = new ArrayList<>();

    public ScoringTree(List<ScoreNode> nodesInTreeOrder) {
        this.nodes = List.copyOf(nodesInTreeOrder);
        for (ScoreNode node : nodes) {
            if (node.parentId() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), k -> new ArrayList<>()).add(node);
            }
        }
    }

    public List<ScoreNode> nodes() { return nodes; }
    public List<ScoreNode> roots() { return roots; }
    public List<ScoreNode> childrenOf(ScoreNode node) { return children.getOrDefault(node.id(), List.of()); }
    public boolean isLeaf(ScoreNode node) { return !children.containsKey(node.id()); }

    public ScoreKind kindOf(ScoreNode root) {
        return ScoreKind.ofRoot(isLeaf(root), root.ruleType());
    }
}
