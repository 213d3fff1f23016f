package vn.parindex.framework;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.framework.rule.RuleType;

/** The node form of a draft: a new node (with its code) or an existing one (code fixed). */
@Getter
@Setter
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
}
