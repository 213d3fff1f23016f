package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Count × points with a cap. Parameters {@code points=P;cap=C}; the answer is a whole number ≥ 0 and earns
 * min(count × P, C, max).
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class CountRule implements ScoringRule {

    private static final String EXAMPLE = "points=0.5;cap=2";

    private final BigDecimal pointsEach;
    private final BigDecimal cap;

    static CountRule parse(String params) {
        if (params == null || params.isBlank()) {
            throw new InvalidRuleParamsException("framework.params.missing", "COUNT needs points and cap",
                    RuleType.COUNT.name(), EXAMPLE);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (String part : params.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pieces = part.split("=", -1);
            String key = pieces[0].trim().toLowerCase();
            if (pieces.length != 2 || !(key.equals("points") || key.equals("cap"))) {
                throw new InvalidRuleParamsException("framework.params.badPart", "'" + part.trim() + "' is not points=P or cap=C",
                        part.trim(), EXAMPLE);
            }
            BigDecimal value = Numbers.param(pieces[1], part.trim());
            if (value.signum() <= 0) {
                throw new InvalidRuleParamsException("framework.params.notPositive", key + " must be above 0", part.trim());
            }
            values.put(key, Numbers.scale(value));
        }
        if (!values.containsKey("points") || !values.containsKey("cap")) {
            throw new InvalidRuleParamsException("framework.params.missing", "COUNT needs points and cap",
                    RuleType.COUNT.name(), EXAMPLE);
        }
        return new CountRule(values.get("points"), values.get("cap"));
    }

    public BigDecimal pointsEach() {
        return pointsEach;
    }

    public BigDecimal cap() {
        return cap;
    }

    @Override
    public RuleType type() {
        return RuleType.COUNT;
    }

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        String text = Numbers.required(answer);
        if (!text.matches("\\+?\\d{1,9}")) {
            throw new InvalidAnswerException("framework.answer.notACount", "'" + text + "' is not a whole number >= 0", text);
        }
        BigDecimal earned = pointsEach.multiply(new BigDecimal(text));
        return Numbers.scale(Numbers.min(Numbers.min(earned, cap), max));
    }
}
