package vn.parindex.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import lombok.Getter;
import lombok.Setter;

/**
 * What a plan sets besides dates. Kept as short text so an organiser can read and edit them:
 * class bands "A:90;B:80;C:70;D:0", answer weights "A:100;B:60;C:20;D:0", group weights
 * "DELEGATES:20;CIVIL_SERVANTS:20;…", reminder offsets in days before a deadline "7,3,1,0".
 */
@Embeddable
@Getter
@Setter
public class CampaignSettings {

    public static final String DEFAULT_CLASS_BANDS = "A:90;B:80;C:70;D:0";
    public static final String DEFAULT_ANSWER_WEIGHTS = "A:100;B:60;C:20;D:0";
    public static final String DEFAULT_REMINDER_OFFSETS = "7,3,1,0";

    private String classBands = DEFAULT_CLASS_BANDS;
    /** Points taken off the total of an agency that submitted its self-assessment late (0: none). */
    private BigDecimal latePenaltyPoints = BigDecimal.ZERO;
    private String answerWeights = DEFAULT_ANSWER_WEIGHTS;
    private String groupWeights;
    private String reminderOffsets = DEFAULT_REMINDER_OFFSETS;
    /** Days after a missed deadline before the organiser must decide: extend, or close as not submitted. */
    private int escalationDays = 3;

    public CampaignSettings copy() {
        CampaignSettings copy = new CampaignSettings();
        copy.classBands = classBands;
        copy.latePenaltyPoints = latePenaltyPoints;
        copy.answerWeights = answerWeights;
        copy.groupWeights = groupWeights;
        copy.reminderOffsets = reminderOffsets;
        copy.escalationDays = escalationDays;
        return copy;
    }
}
