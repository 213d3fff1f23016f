package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.campaign.ClassBands;
import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.LeafAnswer;
import vn.parindex.framework.scoring.Trees;

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
        IndexScore a = t.score(t.leaves("1", "1", "2", "4"));
        IndexScore b = t.score(t.leaves("1", "3", "2", "4"));
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

    /** The worked example of ScoringTest: X and Y tie at 87.50, Z has 70.00 (C, the lower bound included). */
    @Test
    void workedExampleRanksClassesAndWeakCriteria() {
        Trees t = new Trees().node("1", "6").node("1.1", "2").node("1.2", "4").node("1.2.1", "2").node("1.2.2", "2")
                .node("2", "4").survey("2.1", "4").bonus("8", "1").penalty("9", "1");
        IndexScore x = t.score(t.leaves("1.1", "2", "1.2.1", "1.5", "1.2.2", "NA", "2.1", "3", "8", "0.5"));
        IndexScore y = t.score(t.leaves("1.1", "2", "1.2.1", "2", "1.2.2", "2", "2.1", "3", "9", "0.25"));
        Map<Long, LeafAnswer> zLeaves = t.leaves("1.2.1", "2", "1.2.2", "2", "8", "1.5");
        zLeaves.put(t.id("1.1"), LeafAnswer.self(new BigDecimal("2")).appraisedAs(new BigDecimal("1"), false));
        zLeaves.put(t.id("2.1"), LeafAnswer.survey(new BigDecimal("1.00")));
        IndexScore z = t.score(zLeaves);

        Map<Long, Integer> ranks = Ranking.ranks(List.of(
                new Ranking.Entry(1L, "DEPARTMENT", true, x.index()),
                new Ranking.Entry(2L, "DEPARTMENT", true, y.index()),
                new Ranking.Entry(3L, "DEPARTMENT", true, z.index())));
        assertThat(ranks).containsEntry(1L, 1).containsEntry(2L, 1).containsEntry(3L, 3);

        ClassBands bands = ClassBands.parse("A:90;B:80;C:70;D:0");
        assertThat(bands.classOf(x.index())).isEqualTo("B");
        assertThat(bands.classOf(y.index())).isEqualTo("B");
        assertThat(bands.classOf(z.index())).isEqualTo("C");

        // weak (below 50 %): Z's group 2 (25 %) and its leaf 2.1, and 1.1 (1 of 2 = 50 % is not below)
        assertThat(WeakCriteria.of(3L, z, WeakCriteria.DEFAULT_THRESHOLD)).extracting(WeakCriteria.Weak::code)
                .containsExactly("2", "2.1");
        assertThat(WeakCriteria.of(1L, x, WeakCriteria.DEFAULT_THRESHOLD)).isEmpty();
    }
}
