package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parindex.framework.rule.RuleException;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.ScoringRules;

/**
 * Checks a criteria tree before it is published (and after it is imported): codes unique and matching their
 * place in the tree, children's maxima adding up to their parent's, the groups adding up to the declared
 * total, every leaf with a readable rule. Returns every problem found, in tree order; none means valid.
 */
public final class FrameworkValidator {

    private static final Pattern CODE = Pattern.compile("[1-9]\\d{0,3}(\\.[1-9]\\d{0,3})*");

    private FrameworkValidator() {
    }

    public static List<Problem> validate(FrameworkVersion version) {
        return validate(version.getTotalPoints(), version.getCriteria());
    }

    public static List<Problem> validate(BigDecimal total, List<Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(Problem.of(null, CriterionField.CODE, "framework.problem.empty"));
            return problems;
        }
        Set<String> codes = new HashSet<>();
        BigDecimal groups = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            checkCode(c, codes, problems);
            boolean maxOk = checkNode(c, problems);
            if (!c.isLeaf()) {
                checkSum(c, maxOk, problems);
            }
            if (c.getParent() == null && maxOk && !isAdjustment(c)) {
                groups = groups.add(c.getMaxPoints());
            }
        }
        if (total == null || total.signum() <= 0) {
            problems.add(Problem.of(null, CriterionField.TOTAL_POINTS, "framework.problem.totalMissing"));
        } else if (groups.compareTo(total) != 0) {
            problems.add(Problem.of(null, CriterionField.TOTAL_POINTS, "framework.problem.totalSum", show(total), show(groups)));
        }
        return problems;
    }

    private static void checkCode(Criterion c, Set<String> codes, List<Problem> problems) {
        String code = c.getCode();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.codeFormat", code == null ? "" : code));
            return;
        }
        if (!codes.add(code)) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.duplicateCode", code));
        }
        Criterion parent = c.getParent();
        if (parent == null && code.contains(".")) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.rootCode", code));
        } else if (parent != null && !isChildCode(code, parent.getCode())) {
            problems.add(Problem.of(code, CriterionField.CODE, "framework.problem.childCode", code, parent.getCode()));
        }
    }

    /** "7.1.2" is a child code of "7.1"; "7.12" and "7.1.2.1" are not. */
    static boolean isChildCode(String code, String parentCode) {
        return parentCode != null && code.startsWith(parentCode + ".")
                && code.indexOf('.', parentCode.length() + 1) < 0;
    }

    /**
     * The checks of one node on its own (title, maximum, rule), as a node edit needs them.
     *
     * @return whether the maximum is usable for further checks
     */
    static boolean checkNode(Criterion c, List<Problem> problems) {
        if (c.getTitle() == null || c.getTitle().isBlank()) {
            problems.add(Problem.of(c.getCode(), CriterionField.TITLE, "framework.problem.titleMissing"));
        }
        boolean maxOk = checkMax(c, problems);
        if (c.isLeaf()) {
            checkLeafRule(c, maxOk, problems);
        } else if (c.getRuleType() != null || (c.getRuleParams() != null && !c.getRuleParams().isBlank())) {
            problems.add(Problem.of(c.getCode(), CriterionField.RULE_TYPE, "framework.problem.innerRule"));
        }
        return maxOk;
    }

    /** A root that adjusts the total (a bonus or penalty leaf): outside the declared total. */
    static boolean isAdjustment(Criterion c) {
        return c.rootKind().adjustsTotal();
    }

    private static boolean checkMax(Criterion c, List<Problem> problems) {
        BigDecimal max = c.getMaxPoints();
        if (max == null) {
            problems.add(Problem.of(c.getCode(), CriterionField.MAX_POINTS, "framework.problem.maxMissing"));
            return false;
        }
        if (max.signum() <= 0) {
            problems.add(Problem.of(c.getCode(), CriterionField.MAX_POINTS, "framework.problem.maxNotPositive", show(max)));
            return false;
        }
        if (max.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.of(c.getCode(), CriterionField.MAX_POINTS, "framework.problem.maxDecimals", show(max)));
            return false;
        }
        return true;
    }

    private static void checkSum(Criterion c, boolean maxOk, List<Problem> problems) {
        BigDecimal childSum = c.getChildren().stream().map(Criterion::getMaxPoints).filter(m -> m != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (maxOk && childSum.compareTo(c.getMaxPoints()) != 0) {
            problems.add(Problem.of(c.getCode(), CriterionField.MAX_POINTS, "framework.problem.childrenSum",
                    show(c.getMaxPoints()), show(childSum)));
        }
    }

    private static void checkLeafRule(Criterion c, boolean maxOk, List<Problem> problems) {
        RuleType type = c.getRuleType();
        boolean survey = c.getMeasuredBy() == MeasuredBy.SURVEY;
        if (type == null && !survey) {
            problems.add(Problem.of(c.getCode(), CriterionField.RULE_TYPE, "framework.problem.ruleMissing"));
            return;
        }
        if (survey && type != null && type != RuleType.RATIO) {
            problems.add(Problem.of(c.getCode(), CriterionField.RULE_TYPE, "framework.problem.surveyRule", type.name()));
            return;
        }
        if (type != null && type.adjustsTotal() && c.getParent() != null) {
            problems.add(Problem.of(c.getCode(), CriterionField.RULE_TYPE, "framework.problem.adjustmentNotRoot", type.name()));
        }
        try {
            ScoringRules.forLeaf(c.effectiveRuleType(), c.getRuleParams(), maxOk ? c.getMaxPoints() : null);
        } catch (RuleException e) {
            problems.add(Problem.of(c.getCode(), CriterionField.RULE_PARAMS, e.key(), e.args()));
        }
    }

    static String show(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
