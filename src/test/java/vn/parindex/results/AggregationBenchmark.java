package vn.parindex.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;
import vn.parindex.TestDatabase;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.results.ResultsFixture.Node;
import vn.parindex.results.ResultsFixture.Score;

/**
 * Aggregation and ranking of 300 agencies × 100 leaves (10 groups × 5 criteria × 2 sub-criteria), from the
 * database to ranked results. Not part of the normal build; run it on PostgreSQL with
 * {@code ./mvnw -q -B test -Dtest=AggregationBenchmark -Dbenchmark=true -Dtest.database=embedded}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AggregationBenchmark {

    static final int AGENCIES = 300;
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    @Autowired
    ResultsFixture fixture;
    @Autowired
    CampaignResults results;

    @Test
    void aggregatesAndRanks300AgenciesOf100LeavesWithinHalfASecond() {
        List<Node> tree = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        for (int g = 1; g <= 10; g++) {
            tree.add(Node.of(g + "", "10"));
            for (int c = 1; c <= 5; c++) {
                tree.add(Node.of(g + "." + c, "2"));
                for (int s = 1; s <= 2; s++) {
                    String code = g + "." + c + "." + s;
                    boolean survey = g == 10;
                    tree.add(survey ? new Node(code, "1", null, MeasuredBy.SURVEY) : Node.of(code, "1"));
                    leaves.add(code);
                }
            }
        }
        long seedStart = System.nanoTime();
        ResultsFixture.Seeded seeded = fixture.seed(tree, AGENCIES, 2026);
        Random random = new Random(42);
        List<Score> scores = new ArrayList<>(AGENCIES * leaves.size());
        for (int a = 0; a < AGENCIES; a++) {
            for (String leaf : leaves) {
                BigDecimal points = BigDecimal.valueOf(random.nextInt(5) * 25, 2);
                if (leaf.startsWith("10.")) {
                    scores.add(new Score(a, leaf, null, false, null, points));
                } else if (random.nextInt(50) == 0) {
                    scores.add(new Score(a, leaf, null, true, null, null));
                } else {
                    scores.add(new Score(a, leaf, points, false, random.nextInt(4) == 0 ? BigDecimal.ONE : null, null));
                }
            }
            fixture.standing(seeded, a, "FINAL", a % 30 == 0 ? 1 : 0);
        }
        fixture.scores(seeded, scores);
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

        for (int i = 0; i < WARM_UP; i++) {
            results.compute(seeded.campaignId(), seeded.organiserId());
        }
        List<Long> micros = new ArrayList<>();
        CampaignResults.Report report = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report = results.compute(seeded.campaignId(), seeded.organiserId());
            micros.add((System.nanoTime() - start) / 1_000);
        }
        micros.sort(null);
        double median = (micros.get(RUNS / 2 - 1) + micros.get(RUNS / 2)) / 2000.0;
        double p95 = micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0;
        System.out.printf("%nAGGREGATION BENCHMARK on %s: %d agencies × %d leaves (%d score rows), %d runs after %d"
                        + " warm-up: median %.1f ms, p95 %.1f ms, max %.1f ms (seeding took %d ms)%n%n",
                TestDatabase.kind(), AGENCIES, leaves.size(), scores.size(), RUNS, WARM_UP, median, p95,
                micros.get(RUNS - 1) / 1000.0, seedMillis);

        assertThat(report.agencies()).hasSize(AGENCIES);
        assertThat(report.agencies().get(0).rank()).isEqualTo(1);
        assertThat(median).isLessThanOrEqualTo(500.0);
    }
}
