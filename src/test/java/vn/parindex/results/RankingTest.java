package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.campaign.ClassBands;

class RankingTest {

    private static Ranking.Entry entry(long id, String type, boolean ranked, String index) {
        return new Ranking.Entry(id, type, ranked, new BigDecimal(index));
    }

    @Test
    void ranksPerAgencyTypeByIndexDescendingAndTiesShareARank() {
        Map<Long, Integer> ranks = Ranking.ranks(List.of(
                entry(1, "DEPARTMENT", true, "80.00"), entry(2, "DEPARTMENT", true, "91.50"),
                entry(3, "DEPARTMENT", true, "91.5"), entry(4, "DEPARTMENT", true, "70.00"),
                entry(5, "DISTRICT", true, "60.00"), entry(6, "DISTRICT", true, "95.00")));
        assertThat(ranks).containsEntry(2L, 1).containsEntry(3L, 1).containsEntry(1L, 3).containsEntry(4L, 4)
                .containsEntry(6L, 1).containsEntry(5L, 2);
    }

    @Test
    void typesThatAreNotRankedGetNoRank() {
        Map<Long, Integer> ranks = Ranking.ranks(List.of(entry(1, "SPECIAL", false, "99.00"),
                entry(2, "DEPARTMENT", true, "50.00")));
        assertThat(ranks).doesNotContainKey(1L).containsEntry(2L, 1);
    }

    @Test
    void classLowerBoundIsIncluded() {
        ClassBands bands = ClassBands.parse("A:90;B:80;C:70;D:0");
        assertThat(bands.classOf(new BigDecimal("90.00"))).isEqualTo("A");
        assertThat(bands.classOf(new BigDecimal("89.99"))).isEqualTo("B");
        assertThat(bands.classOf(new BigDecimal("0.00"))).isEqualTo("D");
    }

    @Test
    void weakCriteriaAcrossAgenciesCountTheAgenciesBelowTheThreshold() {
        Trees t = new Trees().node("1", "4").node("2", "4");
        IndexCalculator calculator = new IndexCalculator(BigDecimal.ZERO);
        AgencyIndex a = calculator.compute(t.build(), t.leaves("1", "1", "2", "4"), IndexCalculator.Standing.ON_TIME);
        AgencyIndex b = calculator.compute(t.build(), t.leaves("1", "3", "2", "4"), IndexCalculator.Standing.ON_TIME);
        List<AgencyResult> results = List.of(
                new AgencyResult(1L, "A", "Sở A", "DEPARTMENT", "Sở", "Department", true, 1, a, 2, "D"),
                new AgencyResult(2L, "B", "Sở B", "DEPARTMENT", "Sở", "Department", true, 1, b, 1, "C"));
        List<WeakCriteria.Across> across = WeakCriteria.across(results, WeakCriteria.DEFAULT_THRESHOLD);
        assertThat(across).hasSize(1);
        assertThat(across.get(0).code()).isEqualTo("1");
        assertThat(across.get(0).weakAgencies()).isEqualTo(1);
        assertThat(across.get(0).applicableAgencies()).isEqualTo(2);
        assertThat(across.get(0).averageSubIndex()).isEqualTo(new BigDecimal("50.00")); // (25 + 75) / 2
    }
}
