package vn.parindex.framework.rule;

import java.math.BigDecimal;

/**
 * The way one leaf is scored, with its parameters already read. Get one from {@link ScoringRules#of}.
 * Points are scale 2, rounded half-up, and lie between 0 and the leaf's maximum.
 */
public interface ScoringRule {

    RuleType type();

    /**
     * The points an answer earns on a leaf of the given maximum.
     *
     * @throws InvalidAnswerException if the answer is missing, of the wrong type or out of range
     */
    BigDecimal points(BigDecimal max, String answer);

    /**
     * Checks that the parameters fit a leaf of the given maximum (no level above it …).
     *
     * @throws InvalidRuleParamsException if they do not
     */
    default void checkFits(BigDecimal max) {
    }

    /** Scores an answer; "not applicable" takes the leaf out, if the leaf allows it. */
    default LeafScore score(BigDecimal max, boolean naAllowed, Answer answer) {
        if (answer == null) {
            throw new InvalidAnswerException("framework.answer.missing", "No answer given");
        }
        if (answer instanceof Answer.Given given) {
            return LeafScore.of(points(max, given.text()));
        }
        if (!naAllowed) {
            throw new InvalidAnswerException("framework.answer.naNotAllowed",
                    "This criterion cannot be answered 'not applicable'");
        }
        return LeafScore.notApplicable();
    }
}
