package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.parindex.common.Decimals;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.rule.InvalidRuleParamsException;
import vn.parindex.framework.rule.LevelRule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.YesNoRule;

/**
 * How a leaf's answer is entered (the input its scoring rule takes, the same on the scorecard and the appraisal
 * page) and how a saved answer reads: a yes/no answer as "Có"/"Không" whatever was typed or imported
 * ("có", "x", "yes" …). Templates use it as {@code @answers}.
 */
@Component("answers")
@RequiredArgsConstructor
public class Answers {

    /** The kind of input (YES_NO, LEVEL, PERCENT, COUNT, POINTS or NONE) and the levels to pick from. */
    public record Input(String kind, List<String> levels) {
    }

    /** How {@code EvidenceService} records a file in the history: its name and purpose. */
    private static final Pattern EVIDENCE = Pattern.compile("(.*) \\(([A-Z_]+)\\)");

    private final MessageSource messages;

    public static Input inputFor(Criterion leaf) {
        RuleType type = leaf.effectiveRuleType();
        List<String> levels = List.of();
        if (type == RuleType.LEVEL) {
            try {
                levels = ((LevelRule) leaf.scoringRule()).levels().stream().map(LevelRule.Level::label).toList();
            } catch (InvalidRuleParamsException e) {
                levels = List.of();
            }
        }
        String kind = type == null ? "NONE" : switch (type) {
            case YES_NO -> "YES_NO";
            case LEVEL -> "LEVEL";
            case PERCENT_TIERS, RATIO -> "PERCENT";
            case COUNT -> "COUNT";
            case BONUS, PENALTY -> "POINTS";
        };
        return new Input(kind, levels);
    }

    public Input input(Criterion leaf) {
        return inputFor(leaf);
    }

    public boolean isYes(String answer) {
        return Boolean.TRUE.equals(YesNoRule.meaning(answer));
    }

    public boolean isNo(String answer) {
        return Boolean.FALSE.equals(YesNoRule.meaning(answer));
    }

    /** The answer as the reader should see it: "Có"/"Không" (or "Yes"/"No") for a yes/no leaf, else as given. */
    public String label(Criterion leaf, String answer) {
        return label(leaf, answer, LocaleContextHolder.getLocale());
    }

    /**
     * A value from a leaf's history as the reader should see it: the audit keeps values language-neutral
     * ("true", "40.00", an appraisal as "có: 40.00", "N/A" or "—").
     */
    public String historyValue(Criterion leaf, String field, String value) {
        if (value == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (field) {
            case "selfAnswer" -> label(leaf, value, locale);
            case "selfNa" -> messages.getMessage(Boolean.parseBoolean(value) ? "common.yes" : "common.no", null, locale);
            case "selfPoints", "surveyPoints" -> number(value, locale);
            case "appraisal", "objection" -> scored(leaf, value, locale);
            case "evidence" -> evidence(value, locale);
            default -> value;
        };
    }

    /** "file.pdf (SUPPLEMENTARY)" as "file.pdf (Bổ sung)". */
    private String evidence(String value, Locale locale) {
        Matcher file = EVIDENCE.matcher(value);
        return file.matches() ? file.group(1) + " (" + messages.getMessage("evidence.purpose." + file.group(2), null,
                file.group(2), locale) + ")" : value;
    }

    private String scored(Criterion leaf, String value, Locale locale) {
        if ("N/A".equals(value)) {
            return messages.getMessage("scorecard.na", null, locale);
        }
        int colon = value.lastIndexOf(": ");
        return colon < 0 ? value
                : label(leaf, value.substring(0, colon), locale) + ": " + number(value.substring(colon + 2), locale);
    }

    private static String number(String value, Locale locale) {
        try {
            return Decimals.format(new BigDecimal(value), locale);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    public String label(Criterion leaf, String answer, Locale locale) {
        Boolean yes = leaf.effectiveRuleType() == RuleType.YES_NO ? YesNoRule.meaning(answer) : null;
        if (yes == null) {
            return answer;
        }
        return messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
    }
}
