package vn.parindex.campaign;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled percentages: answer weights of the survey ("A:100;B:60;C:20;D:0", each 0–100) or the weights of
 * the respondent groups in the survey part ("DELEGATES:20;CIVIL_SERVANTS:30;…", which must add up to 100).
 */
public record Weights(Map<String, BigDecimal> percentages) {

    public static Weights parseAnswerWeights(String text) {
        return new Weights(toMap(LabelledValues.parse(text)));
    }

    public static Weights parseGroupWeights(String text) {
        Map<String, BigDecimal> map = toMap(LabelledValues.parse(text));
        BigDecimal sum = map.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(LabelledValues.HUNDRED) != 0) {
            throw new SettingFormatException("campaign.settings.error.sumNot100", sum.stripTrailingZeros().toPlainString());
        }
        return new Weights(map);
    }

    private static Map<String, BigDecimal> toMap(List<LabelledValues.Entry> entries) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.label(), e.value()));
        return map;
    }
}
