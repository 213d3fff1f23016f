package vn.parindex.framework.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.rule.RuleType;

/** Builds small trees for the scoring tests: add nodes in tree order by code; the parent follows from the code. */
public final class Trees {

    private final List<ScoreNode> nodes = new ArrayList<>();
    private final Map<String, Long> ids = new HashMap<>();
    private long next = 1;

    public Trees node(String code, String max) {
        return add(code, max, RuleType.YES_NO);
    }

    public Trees survey(String code, String max) {
        return add(code, max, RuleType.RATIO);
    }

    public Trees bonus(String code, String max) {
        return add(code, max, RuleType.BONUS);
    }

    public Trees penalty(String code, String max) {
        return add(code, max, RuleType.PENALTY);
    }

    private Trees add(String code, String max, RuleType rule) {
        int dot = code.lastIndexOf('.');
        Long parent = dot < 0 ? null : ids.get(code.substring(0, dot));
        long id = next++;
        ids.put(code, id);
        nodes.add(new ScoreNode(id, parent, code, "Tiêu chí " + code, new BigDecimal(max), rule));
        return this;
    }

    public ScoringTree build() {
        return new ScoringTree(nodes);
    }

    public Long id(String code) {
        return ids.get(code);
    }

    /** Self-scores from pairs: code, points ("NA" for not applicable). */
    public Map<Long, LeafAnswer> leaves(String... pairs) {
        Map<Long, LeafAnswer> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(id(pairs[i]), "NA".equals(pairs[i + 1]) ? LeafAnswer.selfNotApplicable()
                    : LeafAnswer.self(new BigDecimal(pairs[i + 1])));
        }
        return map;
    }

    /** Scores the agency's answers, on time, without a late penalty. */
    public IndexScore score(Map<Long, LeafAnswer> answers) {
        return Scoring.score(build(), answers, Standing.ON_TIME, BigDecimal.ZERO);
    }
}
