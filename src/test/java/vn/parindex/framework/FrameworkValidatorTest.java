package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.rule.RuleType;

class FrameworkValidatorTest {

    static List<Problem> problems(TreeBuilder tree) {
        return FrameworkValidator.validate(tree.version);
    }

    @Test
    void aWellFormedTreeHasNoProblems() {
        assertThat(problems(TreeBuilder.valid())).isEmpty();
    }

    @Test
    void anEmptyVersionCannotBePublished() {
        assertThat(problems(new TreeBuilder())).extracting(Problem::key).containsExactly("framework.problem.empty");
    }

    @Test
    void codesMustBeUnique() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.leaf("1", "1.3", "0.5", RuleType.YES_NO, null);
        assertThat(problems(tree)).extracting(Problem::code, Problem::field, Problem::key)
                .contains(tuple("1.3", CriterionField.CODE, "framework.problem.duplicateCode"));
    }

    @Test
    void codesMustMatchTheirPlaceInTheTree() {
        TreeBuilder tree = new TreeBuilder();
        tree.node(null, "7", "100");
        tree.node("7", "7.1", "100");
        tree.leaf("7.1", "7.2.1", "50", RuleType.YES_NO, null);
        tree.leaf("7.1", "7.12", "25", RuleType.YES_NO, null);
        tree.leaf("7.1", "7.1.4", "25", RuleType.YES_NO, null);
        tree.version.setTotalPoints(new BigDecimal("100"));
        Problem wrongParent = Problem.of("7.2.1", CriterionField.CODE, "framework.problem.childCode", "7.2.1", "7.1");
        Problem notAChild = Problem.of("7.12", CriterionField.CODE, "framework.problem.childCode", "7.12", "7.1");
        // 7.1.4 after 7.1.x: numbering need not be contiguous
        assertThat(problems(tree)).containsExactly(wrongParent, notAChild);
    }

    @Test
    void rootsHaveSingleNumberCodesAndCodesAreNumbers() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("2").setCode("2.0");
        tree.get("2.1").setCode("2.0.1");
        tree.get("2.2").setCode("2.0.a");
        assertThat(problems(tree)).extracting(Problem::code, Problem::key).containsExactly(
                tuple("2.0", "framework.problem.codeFormat"),
                tuple("2.0.1", "framework.problem.codeFormat"),
                tuple("2.0.a", "framework.problem.codeFormat"));
        TreeBuilder rooted = TreeBuilder.valid();
        rooted.get("9").setCode("9.1");
        assertThat(problems(rooted)).extracting(Problem::code, Problem::key)
                .containsExactly(tuple("9.1", "framework.problem.rootCode"));
    }

    @Test
    void childrenMustAddUpToTheirParent() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("1.1.5").setMaxPoints(new BigDecimal("9.5"));
        tree.get("1.1.5").setRuleParams("100:9.5;80:5");
        assertThat(problems(tree)).containsExactly(
                Problem.of("1.1", CriterionField.MAX_POINTS, "framework.problem.childrenSum", "30", "29.5"));
    }

    @Test
    void groupsMustAddUpToTheTotalLeavingOutBonusAndPenalty() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.version.setTotalPoints(new BigDecimal("95"));
        assertThat(problems(tree)).containsExactly(
                Problem.of(null, CriterionField.TOTAL_POINTS, "framework.problem.totalSum", "95", "100"));
    }

    @Test
    void leavesNeedARuleWithReadableParametersThatFitTheMaximum() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("1.1.1").setRuleType(null);
        tree.get("1.1.2").setRuleParams("Tốt=12;Kém=0");
        tree.get("1.3").setRuleParams("points=abc;cap=3");
        assertThat(problems(tree)).extracting(Problem::code, Problem::field, Problem::key).containsExactly(
                tuple("1.1.1", CriterionField.RULE_TYPE, "framework.problem.ruleMissing"),
                tuple("1.1.2", CriterionField.RULE_PARAMS, "framework.params.pointsAboveMax"),
                tuple("1.3", CriterionField.RULE_PARAMS, "framework.params.notANumber"));
        assertThat(problems(tree).get(1).args()).containsExactly("12", "10");
    }

    @Test
    void innerNodesHaveNoRule() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("1.1").setRuleType(RuleType.YES_NO);
        assertThat(problems(tree)).containsExactly(Problem.of("1.1", CriterionField.RULE_TYPE, "framework.problem.innerRule"));
    }

    @Test
    void maximaMustBePositiveWithAtMostTwoDecimals() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.leaf("2", "2.3", "0", RuleType.YES_NO, null);
        tree.leaf("2", "2.4", "0.125", RuleType.YES_NO, null);
        tree.leaf("2", "2.5", null, RuleType.YES_NO, null);
        assertThat(problems(tree)).extracting(Problem::code, Problem::field, Problem::key).containsExactly(
                tuple("2", CriterionField.MAX_POINTS, "framework.problem.childrenSum"),
                tuple("2.3", CriterionField.MAX_POINTS, "framework.problem.maxNotPositive"),
                tuple("2.4", CriterionField.MAX_POINTS, "framework.problem.maxDecimals"),
                tuple("2.5", CriterionField.MAX_POINTS, "framework.problem.maxMissing"));
    }

    @Test
    void surveyLeavesNeedNoRuleButOnlyARatio() {
        TreeBuilder tree = TreeBuilder.valid();
        assertThat(tree.get("2.2").effectiveRuleType()).isEqualTo(RuleType.RATIO);
        tree.get("2.2").setRuleType(RuleType.YES_NO);
        assertThat(problems(tree)).extracting(Problem::code, Problem::key)
                .containsExactly(tuple("2.2", "framework.problem.surveyRule"));
    }

    @Test
    void bonusAndPenaltyOnlyAtTheTop() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("2.1").setRuleType(RuleType.BONUS);
        assertThat(problems(tree)).extracting(Problem::code, Problem::key)
                .containsExactly(tuple("2.1", "framework.problem.adjustmentNotRoot"));
    }

    @Test
    void titlesAreRequired() {
        TreeBuilder tree = TreeBuilder.valid();
        tree.get("2").setTitle(" ");
        assertThat(problems(tree)).containsExactly(Problem.of("2", CriterionField.TITLE, "framework.problem.titleMissing"));
    }
}
