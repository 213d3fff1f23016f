package vn.parindex.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

class SettingsRulesTest {

    static List<Problem> check(Consumer<CampaignSettings> change) {
        CampaignSettings settings = new CampaignSettings();
        change.accept(settings);
        return SettingsRules.check(settings);
    }

    static void refused(Consumer<CampaignSettings> change, String field, String code) {
        assertThat(check(change)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    @Test
    void theDefaultsAndAProvincesOwnBandsAreValid() {
        assertThat(check(s -> { })).isEmpty();
        assertThat(check(s -> {
            s.setClassBands("Tốt:90;Khá:80;Trung bình:65,5;Yếu:0");
            s.setGroupWeights("DELEGATES:20;CIVIL_SERVANTS:20;LEADERS:20;BUSINESSES:20;CITIZENS:20");
            s.setReminderOffsets(" 7, 3 ,1,0");
            s.setLatePenaltyPoints(new BigDecimal("0.5"));
        })).isEmpty();
    }

    @Test
    void classBandsMustDescendStrictlyAndEndAtZero() {
        refused(s -> s.setClassBands("A:90;B:90;C:70;D:0"), "classBands", "campaign.settings.error.bandsNotDescending");
        refused(s -> s.setClassBands("A:90;B:95;D:0"), "classBands", "campaign.settings.error.bandsNotDescending");
        refused(s -> s.setClassBands("A:90;B:80;C:70"), "classBands", "campaign.settings.error.lastBandNotZero");
        refused(s -> s.setClassBands("A:90;:80;D:0"), "classBands", "campaign.settings.error.labelEmpty");
        refused(s -> s.setClassBands("A:101;B:80;D:0"), "classBands", "campaign.settings.error.outOfRange");
        refused(s -> s.setClassBands("A90;D:0"), "classBands", "campaign.settings.error.entryFormat");
        refused(s -> s.setClassBands("A:chín mươi;D:0"), "classBands", "campaign.settings.error.notNumber");
        refused(s -> s.setClassBands("A:90;a:0"), "classBands", "campaign.settings.error.labelTwice");
        refused(s -> s.setClassBands(" "), "classBands", "campaign.settings.error.empty");
    }

    @Test
    void theBandOfAnIndexIncludesItsLowerBound() {
        ClassBands bands = ClassBands.parse(CampaignSettings.DEFAULT_CLASS_BANDS);

        assertThat(bands.classOf(new BigDecimal("90.00"))).isEqualTo("A");
        assertThat(bands.classOf(new BigDecimal("89.99"))).isEqualTo("B");
        assertThat(bands.classOf(BigDecimal.ZERO)).isEqualTo("D");
    }

    @Test
    void answerWeightsAreFrom0To100AndGroupWeightsAddUpTo100() {
        refused(s -> s.setAnswerWeights("A:100;B:160;C:20;D:0"), "answerWeights", "campaign.settings.error.outOfRange");
        refused(s -> s.setAnswerWeights("A:100;B:-1"), "answerWeights", "campaign.settings.error.outOfRange");
        refused(s -> s.setGroupWeights("DELEGATES:50;CITIZENS:40"), "groupWeights", "campaign.settings.error.sumNot100");
    }

    @Test
    void reminderOffsetsAreDistinctWholeDaysNotNegative() {
        refused(s -> s.setReminderOffsets("7,-1"), "reminderOffsets", "campaign.settings.error.offsetRange");
        refused(s -> s.setReminderOffsets("7,3,3"), "reminderOffsets", "campaign.settings.error.offsetTwice");
        refused(s -> s.setReminderOffsets("7,1.5"), "reminderOffsets", "campaign.settings.error.offsetNotNumber");
        assertThat(ReminderOffsets.parse("0,7,3").days()).containsExactly(7, 3, 0);
        assertThat(ReminderOffsets.parse("").days()).isEmpty();
    }

    @Test
    void penaltyIsNotNegativeAndEscalationTakesAtLeastADay() {
        refused(s -> s.setLatePenaltyPoints(new BigDecimal("-0.5")), "latePenaltyPoints", "campaign.settings.error.penaltyRange");
        refused(s -> s.setLatePenaltyPoints(null), "latePenaltyPoints", "campaign.settings.error.penaltyRequired");
        refused(s -> s.setEscalationDays(0), "escalationDays", "campaign.settings.error.escalationDays");
    }

    @Test
    void everyProblemNamesItsFieldFirst() {
        Problem problem = check(s -> s.setClassBands("A:90;B:80")).get(0);

        assertThat(problem.args()[0]).isInstanceOf(MessageSourceResolvable.class);
        assertThat(((MessageSourceResolvable) problem.args()[0]).getCodes())
                .containsExactly("campaign.settings.classBands");
        assertThatThrownBy(() -> ClassBands.parse("A:90;B:80")).isInstanceOf(SettingFormatException.class);
    }
}
