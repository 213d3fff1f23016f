package vn.parindex.framework;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.parindex.agency.Agency;
import vn.parindex.framework.rule.RuleType;

/** The node form of a draft: a new node (with its code) or an existing one (code fixed). */
public class CriterionForm {

    @Size(max = 30, message = "{framework.form.tooLong}")
    private String code;
    private Long parentId;
    @NotBlank(message = "{framework.form.required}")
    @Size(max = 1000, message = "{framework.form.tooLong}")
    private String title;
    /** Text, so that "1,5" is accepted and "abc" gets our own message. */
    @NotBlank(message = "{framework.form.required}")
    private String maxPoints;
    private RuleType ruleType;
    @Size(max = 2000, message = "{framework.form.tooLong}")
    private String ruleParams;
    private MeasuredBy measuredBy = MeasuredBy.SELF_ASSESSMENT;
    @Size(max = 4000, message = "{framework.form.tooLong}")
    private String guidance;
    @Size(max = 2000, message = "{framework.form.tooLong}")
    private String evidence;
    private boolean naAllowed;
    private Long reviewerAgencyId;

    static CriterionForm of(Criterion c) {
        CriterionForm form = new CriterionForm();
        form.code = c.getCode();
        form.title = c.getTitle();
        form.maxPoints = FrameworkViews.show(c.getMaxPoints());
        form.ruleType = c.getRuleType();
        form.ruleParams = c.getRuleParams();
        form.measuredBy = c.getMeasuredBy();
        form.guidance = c.getGuidance();
        form.evidence = c.getEvidence();
        form.naAllowed = c.isNaAllowed();
        form.reviewerAgencyId = c.getReviewerAgency() == null ? null : c.getReviewerAgency().getId();
        return form;
    }

    /** The typed maximum, or null if it is not a number ("1,5" and "1.5" both read). */
    BigDecimal parsedMaxPoints() {
        if (maxPoints == null) {
            return null;
        }
        String text = maxPoints.strip();
        if (text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        return text.matches("[+-]?(\\d{1,7}(\\.\\d*)?|\\.\\d+)") ? new BigDecimal(text) : null;
    }

    /** The form as data; a node with children keeps no rule of its own. */
    CriterionData toData(BigDecimal max, Agency reviewer, boolean leaf) {
        return new CriterionData(code, title, max, leaf ? ruleType : null, leaf ? ruleParams : null,
                leaf ? measuredBy : MeasuredBy.SELF_ASSESSMENT, guidance, evidence, leaf && naAllowed, reviewer);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMaxPoints() { return maxPoints; }
    public void setMaxPoints(String maxPoints) { this.maxPoints = maxPoints; }
    public RuleType getRuleType() { return ruleType; }
    public void setRuleType(RuleType ruleType) { this.ruleType = ruleType; }
    public String getRuleParams() { return ruleParams; }
    public void setRuleParams(String ruleParams) { this.ruleParams = ruleParams; }
    public MeasuredBy getMeasuredBy() { return measuredBy; }
    public void setMeasuredBy(MeasuredBy measuredBy) { this.measuredBy = measuredBy; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public boolean isNaAllowed() { return naAllowed; }
    public void setNaAllowed(boolean naAllowed) { this.naAllowed = naAllowed; }
    public Long getReviewerAgencyId() { return reviewerAgencyId; }
    public void setReviewerAgencyId(Long reviewerAgencyId) { this.reviewerAgencyId = reviewerAgencyId; }
}
