package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.results.ResultsFixture.Node;
import vn.parindex.results.ResultsFixture.Score;

/** The worked example of IndexCalculatorTest, from stored scores through the results service. */
@IntegrationTest
@Tag("postgres")
class CampaignResultsTest {

    static final List<Node> SMALL = ResultsFixtureTrees.SMALL;

    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignResults results;

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Score self(int agency, String leaf, String points) {
        return new Score(agency, leaf, d(points), false, null, null);
    }

    /** Seeds X (0), Y (1), Z (2) as in the worked example, W (3) closed as not submitted, V (4) late. */
    static ResultsFixture.Seeded seedExample(ResultsFixture fixture) {
        ResultsFixture.Seeded seeded = fixture.seed(SMALL, 5, 2026);
        List<Score> scores = new ArrayList<>(List.of(
                self(0, "1.1", "2"), self(0, "1.2.1", "1.5"), new Score(0, "1.2.2", null, true, null, null),
                new Score(0, "2.1", null, false, null, d("3.00")), self(0, "8", "0.5"),
                self(1, "1.1", "2"), self(1, "1.2.1", "2"), self(1, "1.2.2", "2"),
                new Score(1, "2.1", null, false, null, d("3.00")), self(1, "9", "0.25"),
                new Score(2, "1.1", d("2"), false, d("1"), null), self(2, "1.2.1", "2"), self(2, "1.2.2", "2"),
                new Score(2, "2.1", null, false, null, d("1.00")), self(2, "8", "1.5"),
                self(3, "1.1", "2"), self(3, "1.2.1", "2"),
                self(4, "1.1", "2"), self(4, "1.2.1", "2"), self(4, "1.2.2", "2"), self(4, "2.1", "4")));
        fixture.scores(seeded, scores);
        fixture.standing(seeded, 0, "FINAL", 0);
        fixture.standing(seeded, 1, "FINAL", 0);
        fixture.standing(seeded, 2, "FINAL", 0);
        fixture.standing(seeded, 3, "CLOSED_NOT_SUBMITTED", null);
        fixture.standing(seeded, 4, "FINAL", 3);
        fixture.settings(seeded, "A:90;B:80;C:70;D:0", d("2"));
        return seeded;
    }

    @Test
    void computesIndicesRanksAndClassesFromStoredScores() {
        ResultsFixture.Seeded seeded = seedExample(fixture);
        CampaignResults.Report report = results.compute(seeded.campaignId(), seeded.organiserId());
        List<Long> ids = seeded.agencyIds();

        AgencyResult x = report.agency(ids.get(0)).orElseThrow();
        AgencyResult y = report.agency(ids.get(1)).orElseThrow();
        AgencyResult z = report.agency(ids.get(2)).orElseThrow();
        AgencyResult w = report.agency(ids.get(3)).orElseThrow();
        AgencyResult v = report.agency(ids.get(4)).orElseThrow();
        // V: 10 of 10, late by 3 days: − 2 → 80.00
        assertThat(v.indexValue()).isEqualTo(d("80.00"));
        assertThat(v.index().latePenalty()).isEqualByComparingTo("2");
        assertThat(x.indexValue()).isEqualTo(d("87.50"));
        assertThat(y.indexValue()).isEqualTo(d("87.50"));
        assertThat(z.indexValue()).isEqualTo(d("70.00"));
        assertThat(w.indexValue()).isEqualTo(d("0.00"));
        assertThat(List.of(x.rank(), y.rank(), v.rank(), z.rank(), w.rank())).containsExactly(1, 1, 3, 4, 5);
        assertThat(List.of(x.classLabel(), v.classLabel(), z.classLabel(), w.classLabel()))
                .containsExactly("B", "B", "C", "D");
        assertThat(x.index().node("1").subIndex()).isEqualTo(d("87.50"));
        assertThat(report.agencies()).extracting(AgencyResult::agencyId).startsWith(ids.get(0), ids.get(1))
                .endsWith(ids.get(3));

        List<WeakCriteria.Across> weak = report.weakAcross(WeakCriteria.DEFAULT_THRESHOLD);
        // group 2 is weak for Z (25 %) and W (0 %)
        assertThat(weak).filteredOn(a -> a.code().equals("2")).singleElement()
                .satisfies(a -> assertThat(a.weakAgencies()).isEqualTo(2));
    }

    @Test
    void anotherOrganisersCampaignIsNotFound() {
        ResultsFixture.Seeded seeded = fixture.seed(SMALL, 1, 2026);
        assertThatThrownBy(() -> results.compute(seeded.campaignId(), seeded.organiserId() + 100_000))
                .isInstanceOf(CampaignNotFoundException.class);
    }
}
