package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The score's owner methods: what the agency, the reviewer and the survey write, and which of it counts. */
class CriterionScoreTest {

    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");

    @Test
    void theAppraisalReplacesTheSelfScoreEvenWhenLower() {
        CriterionScore score = new CriterionScore(1L, 1L, 1L);
        score.selfAssess("2", false, null, new BigDecimal("2.00"), "ghi chú", null);
        assertThat(score.finalPoints()).isEqualByComparingTo("2");
        score.appraise("0.5", false, new BigDecimal("0.50"), "thiếu minh chứng", "reviewer", AT);
        assertThat(score.finalPoints()).isEqualByComparingTo("0.5");
        assertThat(score.isAppraised()).isTrue();
        assertThat(score.getAppraisedBy()).isEqualTo("reviewer");
        assertThat(score.getAppraisedAt()).isEqualTo(AT);
        assertThat(score.getSelfPoints()).isEqualByComparingTo("2");
        score.appraise(null, true, null, "không áp dụng", "reviewer", AT);
        assertThat(score.finalPoints()).isNull();
        assertThat(score.isNotApplicable()).isTrue();
        assertThat(score.answer().countsAsNotApplicable()).isTrue();
    }

    @Test
    void surveyPointsCount() {
        CriterionScore score = new CriterionScore(1L, 1L, 1L);
        assertThat(score.finalPoints()).isNull();
        score.recordSurvey(new BigDecimal("1.75"));
        assertThat(score.getSurveyPoints()).isEqualByComparingTo("1.75");
        assertThat(score.finalPoints()).isEqualByComparingTo("1.75");
    }
}
