package vn.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/**
 * The survey result of one agency from one respondent group: the number of answers A, B, C and D, or a
 * satisfaction percentage (e.g. from the public service portal).
 */
@Entity
@Table(name = "survey_result")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SurveyResult extends BaseEntity {

    @Getter private Long campaignId;
    @Getter private Long agencyId;
    @Getter private String respondentGroup;
    @Column(name = "count_a")
    private Integer countA;
    @Column(name = "count_b")
    private Integer countB;
    @Column(name = "count_c")
    private Integer countC;
    @Column(name = "count_d")
    private Integer countD;
    @Getter private BigDecimal percent;
    @Getter private String importedBy;
    @Getter private Instant importedAt;

    public SurveyResult(Long campaignId, Long agencyId, SurveyScore.GroupAnswers answers, String importedBy,
                        Instant importedAt) {
        this.campaignId = campaignId;
        this.agencyId = agencyId;
        this.respondentGroup = answers.group();
        if (answers.counts() != null) {
            this.countA = answers.counts()[0];
            this.countB = answers.counts()[1];
            this.countC = answers.counts()[2];
            this.countD = answers.counts()[3];
        }
        this.percent = answers.percent();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public SurveyScore.GroupAnswers answers() {
        return countA == null ? SurveyScore.GroupAnswers.ofPercent(respondentGroup, percent)
                : SurveyScore.GroupAnswers.ofCounts(respondentGroup, countA, countB, countC, countD);
    }
}
