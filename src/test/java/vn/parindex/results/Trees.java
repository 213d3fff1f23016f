package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;

/** Builds small trees for the aggregation tests: add nodes in tree order by code; the parent follows from the code. */
final class Trees {

    private final List<TreeNode> nodes = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();
    private long next = 1;

    Trees node(String code, String max) {
        return add(code, max, RuleType.YES_NO, MeasuredBy.SELF_ASSESSMENT);
    }

    Trees survey(String code, String max) {
        return add(code, max, RuleType.RATIO, MeasuredBy.SURVEY);
    }

    Trees bonus(String code, String max) {
        return add(code, max, RuleType.BONUS, MeasuredBy.SELF_ASSESSMENT);
    }

    Trees penalty(String code, String max) {
        return add(code, max, RuleType.PENALTY, MeasuredBy.SELF_ASSESSMENT);
    }

    private Trees add(String code, String max, RuleType rule, MeasuredBy by) {
        int dot = code.lastIndexOf('.');
        Long parent = dot < 0 ? null : ids.get(code.substring(0, dot));
        long id = next++;
        ids.put(code, id);
        nodes.add(new TreeNode(id, parent, 1L, code, "Tiêu chí " + code, new BigDecimal(max), rule, by));
        return this;
    }

    ScoreTree build() {
        return new ScoreTree(nodes);
    }

    Long id(String code) {
        return ids.get(code);
    }

    /** Leaf values from pairs: code, points ("NA" for not applicable). */
    Map<Long, LeafValue> leaves(String... pairs) {
        Map<Long, LeafValue> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(id(pairs[i]), "NA".equals(pairs[i + 1]) ? LeafValue.NOT_APPLICABLE
                    : LeafValue.points(new BigDecimal(pairs[i + 1])));
        }
        return map;
    }
}
