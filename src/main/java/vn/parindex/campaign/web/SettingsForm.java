package vn.parindex.campaign.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignSettings;

/** A campaign's settings as text an organiser reads and edits. */
@Getter
@Setter
public class SettingsForm {

    @NotBlank(message = "{campaign.settings.error.classBandsRequired}")
    private String classBands;
    @NotBlank(message = "{campaign.settings.error.answerWeightsRequired}")
    private String answerWeights;
    private String groupWeights;
    private String reminderOffsets;
    @NotNull(message = "{campaign.settings.error.penaltyRequiredShort}")
    @DecimalMin(value = "0", message = "{campaign.settings.error.penaltyNegative}")
    private BigDecimal latePenaltyPoints;
    @NotNull(message = "{campaign.settings.error.escalationDaysShort}")
    @Min(value = 1, message = "{campaign.settings.error.escalationDaysShort}")
    private Integer escalationDays;
    private long version;

    static SettingsForm of(Campaign campaign) {
        CampaignSettings settings = campaign.getSettings();
        SettingsForm form = new SettingsForm();
        form.classBands = settings.getClassBands();
        form.answerWeights = settings.getAnswerWeights();
        form.groupWeights = settings.getGroupWeights();
        form.reminderOffsets = settings.getReminderOffsets();
        form.latePenaltyPoints = settings.getLatePenaltyPoints();
        form.escalationDays = settings.getEscalationDays();
        form.version = campaign.getVersion();
        return form;
    }

    CampaignSettings settings() {
        CampaignSettings settings = new CampaignSettings();
        settings.setClassBands(classBands);
        settings.setAnswerWeights(answerWeights);
        settings.setGroupWeights(groupWeights);
        settings.setReminderOffsets(reminderOffsets == null ? "" : reminderOffsets);
        settings.setLatePenaltyPoints(latePenaltyPoints);
        settings.setEscalationDays(escalationDays == null ? 0 : escalationDays);
        return settings;
    }
}
