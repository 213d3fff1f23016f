package vn.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.parindex.campaign.Weights;

/**
 * The survey percentage of one agency (pure): each respondent group's answers are weighted by the answer weights
 * (A 100, B 60, C 20, D 0 % by default) and averaged, then the groups are combined by the group weights (rescaled to
 * the groups present), or equally when the campaign sets none.
 */
public final class SurveyScore {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final List<String> ANSWERS = List.of("A", "B", "C", "D");

    /** One group's answers: counts of A, B, C, D, or a percentage already computed (e.g. the portal's). */
    public record GroupAnswers(String group, int[] counts, BigDecimal percent) {

        public static GroupAnswers ofCounts(String group, int a, int b, int c, int d) {
            return new GroupAnswers(group, new int[] {a, b, c, d}, null);
        }

        public static GroupAnswers ofPercent(String group, BigDecimal percent) {
            return new GroupAnswers(group, null, percent);
        }

        /** The group's percentage: the weighted mean of its answers. */
        public BigDecimal percent(Weights answerWeights) {
            if (counts == null) {
                return percent;
            }
            BigDecimal weighted = BigDecimal.ZERO;
            int total = 0;
            for (int i = 0; i < ANSWERS.size(); i++) {
                BigDecimal weight = answerWeights.percentages().getOrDefault(ANSWERS.get(i), BigDecimal.ZERO);
                weighted = weighted.add(weight.multiply(BigDecimal.valueOf(counts[i])));
                total += counts[i];
            }
            return total == 0 ? BigDecimal.ZERO : weighted.divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP);
        }
    }

    private SurveyScore() {
    }

    /** The agency's survey percentage (0–100, 4 decimals). Group weights may be null: then the groups count equally. */
    public static BigDecimal percent(List<GroupAnswers> groups, Weights answerWeights, Weights groupWeights) {
        if (groups.isEmpty()) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (GroupAnswers group : groups) {
            BigDecimal weight = groupWeights == null ? BigDecimal.ONE
                    : groupWeights.percentages().getOrDefault(group.group(), BigDecimal.ZERO);
            sum = sum.add(group.percent(answerWeights).multiply(weight));
            weights = weights.add(weight);
        }
        if (weights.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return sum.divide(weights, 4, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(HUNDRED);
    }

    /** A survey-measured leaf's points: survey % × its maximum, 2 decimals half-up. */
    public static BigDecimal leafPoints(BigDecimal percent, BigDecimal max) {
        return percent.multiply(max).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

}
