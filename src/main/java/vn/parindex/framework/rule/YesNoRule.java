package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.Set;

import vn.parindex.common.SearchText;

/** All or nothing: "có" (yes) earns the maximum, "không" (no) earns 0. No parameters. */
public final class YesNoRule implements ScoringRule {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "co", "dat", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "khong", "khong dat");

    static YesNoRule parse(String params) {
        Numbers.noParams(RuleType.YES_NO, params);
        return new YesNoRule();
    }

    /** TRUE for a yes ("có", "đạt", "x" …), FALSE for a no, null for anything else (or nothing). */
    public static Boolean meaning(String answer) {
        if (answer == null) {
            return null;
        }
        String folded = SearchText.fold(answer);
        return YES.contains(folded) ? Boolean.TRUE : NO.contains(folded) ? Boolean.FALSE : null;
    }

    @Override
    public RuleType type() {
        return RuleType.YES_NO;
    }

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        Boolean yes = meaning(Numbers.required(answer));
        if (yes != null) {
            return yes ? Numbers.scale(max) : Numbers.ZERO;
        }
        throw new InvalidAnswerException("framework.answer.notYesNo", "'" + answer.trim() + "' is neither yes nor no",
                answer.trim());
    }
}
