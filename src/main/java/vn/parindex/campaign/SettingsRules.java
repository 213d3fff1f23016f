package vn.parindex.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Checks a campaign's settings; each problem names its field (the property of {@link CampaignSettings}). */
public final class SettingsRules {

    static final BigDecimal MAX_PENALTY = BigDecimal.valueOf(100);

    private SettingsRules() {
    }

    public static List<Problem> check(CampaignSettings settings) {
        List<Problem> problems = new ArrayList<>();
        parse(problems, "classBands", settings.getClassBands(), ClassBands::parse);
        parse(problems, "answerWeights", settings.getAnswerWeights(), Weights::parseAnswerWeights);
        if (settings.getGroupWeights() != null && !settings.getGroupWeights().isBlank()) {
            parse(problems, "groupWeights", settings.getGroupWeights(), Weights::parseGroupWeights);
        }
        parse(problems, "reminderOffsets", settings.getReminderOffsets(), ReminderOffsets::parse);
        BigDecimal penalty = settings.getLatePenaltyPoints();
        if (penalty == null) {
            problems.add(Problem.of("latePenaltyPoints", "campaign.settings.error.penaltyRequired",
                    label("latePenaltyPoints")));
        } else if (penalty.signum() < 0 || penalty.compareTo(MAX_PENALTY) > 0) {
            problems.add(Problem.of("latePenaltyPoints", "campaign.settings.error.penaltyRange",
                    label("latePenaltyPoints"), penalty.stripTrailingZeros().toPlainString()));
        }
        if (settings.getEscalationDays() < 1) {
            problems.add(Problem.of("escalationDays", "campaign.settings.error.escalationDays",
                    label("escalationDays"), settings.getEscalationDays()));
        }
        return problems;
    }

    private static void parse(List<Problem> problems, String field, String text, Consumer<String> parser) {
        try {
            parser.accept(text);
        } catch (SettingFormatException e) {
            Object[] args = new Object[e.args().length + 1];
            args[0] = label(field);
            System.arraycopy(e.args(), 0, args, 1, e.args().length);
            problems.add(Problem.of(field, e.key(), args));
        }
    }

    private static Object label(String field) {
        return Problem.text("campaign.settings." + field);
    }
}
