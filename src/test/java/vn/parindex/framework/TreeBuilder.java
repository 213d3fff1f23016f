package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import vn.parindex.framework.rule.RuleType;

/** Builds criteria trees in memory for plain unit tests. */
final class TreeBuilder {

    final FrameworkVersion version = new FrameworkVersion(null, 1, new BigDecimal("100"), Instant.EPOCH);
    private final Map<String, Criterion> byCode = new HashMap<>();

    /** A node under the node whose code is parentCode (null for a root). */
    Criterion node(String parentCode, String code, String max) {
        Criterion parent = parentCode == null ? null : byCode.get(parentCode);
        Criterion c = new Criterion(version, parent, code, "Tiêu chí " + code, max == null ? null : new BigDecimal(max));
        c.setPosition(version.getCriteria().size());
        version.getCriteria().add(c);
        if (parent != null) {
            parent.getChildren().add(c);
        }
        byCode.put(code, c);
        return c;
    }

    Criterion leaf(String parentCode, String code, String max, RuleType type, String params) {
        Criterion c = node(parentCode, code, max);
        c.setRuleType(type);
        c.setRuleParams(params);
        return c;
    }

    Criterion get(String code) {
        return byCode.get(code);
    }

    /** A valid tree: groups 1 (60) and 2 (40) adding up to 100, every rule type, a bonus and a penalty. */
    static TreeBuilder valid() {
        TreeBuilder t = new TreeBuilder();
        t.node(null, "1", "60");
        t.node("1", "1.1", "30");
        t.leaf("1.1", "1.1.1", "10", RuleType.YES_NO, null);
        t.leaf("1.1", "1.1.2", "10", RuleType.LEVEL, "Tốt=10;Khá=5;Kém=0");
        t.leaf("1.1", "1.1.5", "10", RuleType.PERCENT_TIERS, "100:10;80:5");
        t.leaf("1", "1.3", "30", RuleType.COUNT, "points=10;cap=30");
        t.node(null, "2", "40");
        t.leaf("2", "2.1", "20", RuleType.RATIO, null);
        Criterion survey = t.leaf("2", "2.2", "20", null, null);
        survey.setMeasuredBy(MeasuredBy.SURVEY);
        t.leaf(null, "9", "2", RuleType.BONUS, null);
        t.leaf(null, "10", "3", RuleType.PENALTY, null);
        return t;
    }
}
