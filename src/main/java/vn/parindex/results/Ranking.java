package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks per agency type by index, descending; equal indices share a rank and the next rank skips (1, 1, 3).
 * Agency types that are not ranked get no rank.
 */
public final class Ranking {

    /** What ranking needs of an agency. */
    public record Entry(Long agencyId, String agencyType, boolean typeRanked, BigDecimal index) {
    }

    private Ranking() {
    }

    /** The rank of every agency of a ranked type, by agency id. */
    public static Map<Long, Integer> ranks(List<Entry> entries) {
        Map<String, List<Entry>> byType = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.typeRanked()) {
                byType.computeIfAbsent(entry.agencyType(), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<Long, Integer> ranks = new HashMap<>();
        for (List<Entry> group : byType.values()) {
            group.sort(Comparator.comparing(Entry::index).reversed());
            BigDecimal previous = null;
            int rank = 0;
            for (int i = 0; i < group.size(); i++) {
                Entry entry = group.get(i);
                if (previous == null || entry.index().compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = entry.index();
                }
                ranks.put(entry.agencyId(), rank);
            }
        }
        return ranks;
    }
}
