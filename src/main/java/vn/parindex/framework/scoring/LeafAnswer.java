package vn.parindex.framework.scoring;

import java.math.BigDecimal;

/**
 * What is stored of one agency's leaf: the self-score (or "not applicable"), the reviewer's appraisal and the
 * survey points. The one place that says which of them counts.
 */
public record LeafAnswer(boolean selfNa, BigDecimal selfPoints, boolean appraised, boolean appraisedNa,
                         BigDecimal appraisedPoints, BigDecimal surveyPoints) {

    public static LeafAnswer self(BigDecimal points) {
        return new LeafAnswer(false, points, false, false, null, null);
    }

    public static LeafAnswer selfNotApplicable() {
        return new LeafAnswer(true, null, false, false, null, null);
    }

    public static LeafAnswer survey(BigDecimal points) {
        return new LeafAnswer(false, null, false, false, null, points);
    }

    /** This answer as appraised: the reviewer's points (null: none yet) or "not applicable". */
    public LeafAnswer appraisedAs(BigDecimal points, boolean notApplicable) {
        return new LeafAnswer(selfNa, selfPoints, true, notApplicable, points, surveyPoints);
    }

    /** Whether the leaf counts as "not applicable": the reviewer's word if appraised, else the agency's. */
    public boolean notApplicable() {
        return appraised ? appraisedNa : selfNa;
    }

    /**
     * The points that count: the survey's where the survey scored the leaf; else the appraised score, which
     * replaces the self-score (it is not the larger of the two); null when not applicable or not scored yet.
     */
    public BigDecimal countingPoints() {
        if (surveyPoints != null) {
            return surveyPoints;
        }
        if (notApplicable()) {
            return null;
        }
        return appraised ? appraisedPoints : selfPoints;
    }

    /** Whether the leaf leaves the applicable maximum: "not applicable" and no survey points. */
    public boolean countsAsNotApplicable() {
        return countingPoints() == null && notApplicable();
    }
}
