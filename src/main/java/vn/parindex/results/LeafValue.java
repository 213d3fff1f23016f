package vn.parindex.results;

import java.math.BigDecimal;

import vn.parindex.assessment.CriterionScore;

/** What a leaf brings to the aggregation: its final points (null: not scored, counts 0) or "not applicable". */
public record LeafValue(BigDecimal points, boolean notApplicable) {

    public static final LeafValue NOT_APPLICABLE = new LeafValue(null, true);

    public static LeafValue points(BigDecimal points) {
        return new LeafValue(points, false);
    }

    public static LeafValue of(CriterionScore score) {
        BigDecimal points = score.finalPoints();
        return new LeafValue(points, points == null && score.isNotApplicable());
    }
}
