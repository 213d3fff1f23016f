package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are kept with 2 decimals, rounded half-up. Numbers may be typed with a decimal comma ("1,75"). */
final class Numbers {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The number in the text, or null if it is none. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.indexOf('.') < 0) {
            trimmed = trimmed.replace(',', '.');
        }
        if (!trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(trimmed);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static String show(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String required(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswerException("framework.answer.missing", "No answer given");
        }
        return answer.trim();
    }

    /** A percentage 0 – 100; a trailing "%" is allowed. */
    static BigDecimal percent(String answer) {
        String text = required(answer);
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        BigDecimal pct = parse(text);
        if (pct == null) {
            throw new InvalidAnswerException("framework.answer.notANumber", "'" + answer + "' is not a number", answer.trim());
        }
        if (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0) {
            throw new InvalidAnswerException("framework.answer.percentOutOfRange",
                    "Percentage " + show(pct) + " is outside 0 - 100", show(pct));
        }
        return pct;
    }

    /** Points typed by hand, between 0 and the maximum. */
    static BigDecimal points(String answer, BigDecimal max) {
        String text = required(answer);
        BigDecimal points = parse(text);
        if (points == null) {
            throw new InvalidAnswerException("framework.answer.notANumber", "'" + text + "' is not a number", text);
        }
        if (points.signum() < 0 || points.compareTo(max) > 0) {
            throw new InvalidAnswerException("framework.answer.pointsOutOfRange",
                    "Points " + show(points) + " are outside 0 - " + show(max), show(points), show(max));
        }
        return points;
    }

    static void noParams(RuleType type, String params) {
        if (params != null && !params.isBlank()) {
            throw new InvalidRuleParamsException("framework.params.notExpected",
                    type + " takes no parameters, got '" + params + "'", type.name(), params.trim());
        }
    }

    /** A number inside rule parameters (always written with a decimal point, as the demo data and export do). */
    static BigDecimal param(String text, String part) {
        BigDecimal value = parse(text);
        if (value == null) {
            throw new InvalidRuleParamsException("framework.params.notANumber",
                    "'" + text.trim() + "' in '" + part + "' is not a number", text.trim(), part);
        }
        if (value.signum() < 0) {
            throw new InvalidRuleParamsException("framework.params.negative",
                    "'" + part + "' has a negative number", part);
        }
        return value;
    }

    static void notAboveMax(BigDecimal points, BigDecimal max) {
        if (points.compareTo(max) > 0) {
            throw new InvalidRuleParamsException("framework.params.pointsAboveMax",
                    "Points " + show(points) + " exceed the maximum " + show(max), show(points), show(max));
        }
    }
}
