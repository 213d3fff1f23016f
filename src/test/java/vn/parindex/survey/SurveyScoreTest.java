package vn.parindex.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.campaign.CampaignSettings;
import vn.parindex.campaign.Weights;

class SurveyScoreTest {

    private final Weights answers = Weights.parseAnswerWeights(CampaignSettings.DEFAULT_ANSWER_WEIGHTS);

    @Test
    void answersAreWeightedAndAveragedPerGroup() {
        // (6 × 100 + 2 × 60 + 1 × 20 + 1 × 0) / 10 = 74 %
        assertThat(SurveyScore.GroupAnswers.ofCounts("DELEGATES", 6, 2, 1, 1).percent(answers))
                .isEqualByComparingTo("74");
    }

    @Test
    void groupsCountEquallyWithoutGroupWeights() {
        BigDecimal percent = SurveyScore.percent(List.of(SurveyScore.GroupAnswers.ofCounts("DELEGATES", 6, 2, 1, 1),
                SurveyScore.GroupAnswers.ofPercent("CITIZENS", new BigDecimal("90"))), answers, null);
        assertThat(percent).isEqualByComparingTo("82"); // (74 + 90) / 2
    }

    @Test
    void groupWeightsCombineTheGroups() {
        Weights groups = Weights.parseGroupWeights("DELEGATES:40;CITIZENS:60");
        BigDecimal percent = SurveyScore.percent(List.of(SurveyScore.GroupAnswers.ofCounts("DELEGATES", 6, 2, 1, 1),
                SurveyScore.GroupAnswers.ofPercent("CITIZENS", new BigDecimal("90"))), answers, groups);
        assertThat(percent).isEqualByComparingTo("83.6"); // 74 × 0.4 + 90 × 0.6
        assertThat(SurveyScore.leafPoints(percent, new BigDecimal("4"))).isEqualTo(new BigDecimal("3.34"));
    }

    @Test
    void aMissingGroupRescalesTheOthers() {
        Weights groups = Weights.parseGroupWeights("DELEGATES:40;CITIZENS:60");
        assertThat(SurveyScore.percent(List.of(SurveyScore.GroupAnswers.ofPercent("CITIZENS", new BigDecimal("90"))),
                answers, groups)).isEqualByComparingTo("90");
    }

    @Test
    void noAnswersGiveZero() {
        assertThat(SurveyScore.percent(List.of(), answers, null)).isEqualByComparingTo("0");
        assertThat(SurveyScore.GroupAnswers.ofCounts("X", 0, 0, 0, 0).percent(answers)).isEqualByComparingTo("0");
    }

    @Test
    void phoneNumbersAreVietnameseMobileOrLandline() {
        assertThat(PhoneNumbers.normalise("0912 345 678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("+84 912.345.678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("912345678")).contains("0912345678");
        assertThat(PhoneNumbers.normalise("(0211) 3862 123")).contains("02113862123");
        assertThat(PhoneNumbers.normalise("0112345678")).isEmpty();  // no such prefix
        assertThat(PhoneNumbers.normalise("091234567")).isEmpty();   // 9 digits with the 0
        assertThat(PhoneNumbers.normalise("09123456789")).isEmpty(); // 11-digit mobile
        assertThat(PhoneNumbers.normalise("abc")).isEmpty();
    }
}
