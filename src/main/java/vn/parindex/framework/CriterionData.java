package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.agency.Agency;
import vn.parindex.framework.rule.RuleType;

/** Everything a criterion holds apart from its place in a version: what copies, imports and edits carry. */
public record CriterionData(String code, String title, BigDecimal maxPoints, RuleType ruleType, String ruleParams,
                            MeasuredBy measuredBy, String guidance, String evidence, boolean naAllowed,
                            Agency reviewerAgency) {

    public static CriterionData of(Criterion c) {
        return new CriterionData(c.getCode(), c.getTitle(), c.getMaxPoints(), c.getRuleType(), c.getRuleParams(),
                c.getMeasuredBy(), c.getGuidance(), c.getEvidence(), c.isNaAllowed(), c.getReviewerAgency());
    }

    /** Copies every field except the code onto the criterion; blank texts become null. */
    void applyTo(Criterion c) {
        c.setTitle(title == null ? null : title.trim());
        c.setMaxPoints(maxPoints);
        c.setRuleType(ruleType);
        c.setRuleParams(blankToNull(ruleParams));
        c.setMeasuredBy(measuredBy == null ? MeasuredBy.SELF_ASSESSMENT : measuredBy);
        c.setGuidance(blankToNull(guidance));
        c.setEvidence(blankToNull(evidence));
        c.setNaAllowed(naAllowed);
        c.setReviewerAgency(reviewerAgency);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
