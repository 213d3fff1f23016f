package vn.parindex.results;

import java.util.List;

import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.results.ResultsFixture.Node;

/**
 * The small framework of the worked example (max 10): group 1 (6) = 1.1 (2) + 1.2 (4) = 1.2.1 (2) + 1.2.2 (2);
 * group 2 (4) = 2.1, measured by the survey; bonus 8 (max 1); penalty 9 (max 1).
 */
public final class ResultsFixtureTrees {

    public static final List<Node> SMALL = List.of(Node.of("1", "6"), Node.of("1.1", "2"), Node.of("1.2", "4"),
            Node.of("1.2.1", "2"), Node.of("1.2.2", "2"), Node.of("2", "4"),
            new Node("2.1", "4", null, MeasuredBy.SURVEY), new Node("8", "1", RuleType.BONUS, MeasuredBy.SELF_ASSESSMENT),
            new Node("9", "1", RuleType.PENALTY, MeasuredBy.SELF_ASSESSMENT));

    private ResultsFixtureTrees() {
    }
}
