package vn.parindex.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.NodeScore;
import vn.parindex.framework.scoring.ScoreKind;

/**
 * Criteria an agency scored below a threshold (by default 50 % of their applicable maximum), per agency and across
 * agencies: they feed next year's improvement plans. Bonus and penalty nodes and nodes that do not apply are left out.
 */
public final class WeakCriteria {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(50);

    /** One weak node of one agency. */
    public record Weak(Long agencyId, String code, String title, BigDecimal points, BigDecimal applicableMax,
                       BigDecimal subIndex) {
    }

    /** One criterion across agencies: how many agencies are weak on it, of how many it applies to, and the mean sub-index. */
    public record Across(String agencyType, String code, String title, int weakAgencies, int applicableAgencies,
                         BigDecimal averageSubIndex) {
    }

    private WeakCriteria() {
    }

    public static List<Weak> of(Long agencyId, IndexScore index, BigDecimal threshold) {
        List<Weak> weak = new ArrayList<>();
        for (NodeScore node : index.nodes().values()) {
            if (node.kind() == ScoreKind.SCORED && node.subIndex() != null
                    && node.subIndex().compareTo(threshold) < 0) {
                weak.add(new Weak(agencyId, node.code(), node.node().title(), node.points(), node.applicableMax(),
                        node.subIndex()));
            }
        }
        return weak;
    }

    /** Across the agencies of each type: the criteria at least one agency is weak on, most weak agencies first. */
    public static List<Across> across(List<AgencyResult> agencies, BigDecimal threshold) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, NodeScore> sample = new LinkedHashMap<>();
        for (AgencyResult agency : agencies) {
            for (NodeScore node : agency.index().nodes().values()) {
                if (node.kind() != ScoreKind.SCORED || node.subIndex() == null) {
                    continue;
                }
                String key = agency.agencyTypeCode() + "\u0000" + node.code();
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[1]++;
                if (node.subIndex().compareTo(threshold) < 0) {
                    count[0]++;
                }
                sums.merge(key, node.subIndex(), BigDecimal::add);
                sample.putIfAbsent(key, node);
            }
        }
        List<Across> across = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count[0] > 0) {
                NodeScore node = sample.get(key);
                across.add(new Across(key.substring(0, key.indexOf('\u0000')), node.code(), node.node().title(),
                        count[0], count[1], sums.get(key).divide(BigDecimal.valueOf(count[1]), 2, RoundingMode.HALF_UP)));
            }
        });
        across.sort(Comparator.comparingInt(Across::weakAgencies).reversed());
        return across;
    }
}
