package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.parindex.common.SearchText;

/**
 * A level picked from a list. Parameters {@code label=points;label=points;…} (e.g.
 * {@code Đầy đủ, kịp thời=2;Chưa kịp thời=1;Không thực hiện=0}); no level above the maximum.
 * The answer is one of the labels.
 */
public final class LevelRule implements ScoringRule {

    public record Level(String label, BigDecimal points) {
    }

    private final List<Level> levels;

    private LevelRule(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    static LevelRule parse(String params) {
        if (params == null || params.isBlank()) {
            throw new InvalidRuleParamsException("framework.params.missing", "LEVEL needs its levels",
                    RuleType.LEVEL.name(), "Đạt=2;Không đạt=0");
        }
        List<Level> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : params.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            if (eq < 0) {
                throw new InvalidRuleParamsException("framework.params.badPart", "'" + part.trim() + "' is not label=points",
                        part.trim(), "label=points");
            }
            String label = part.substring(0, eq).trim();
            if (label.isEmpty()) {
                throw new InvalidRuleParamsException("framework.params.emptyLabel", "A level has no label", part.trim());
            }
            if (!seen.add(SearchText.fold(label))) {
                throw new InvalidRuleParamsException("framework.params.duplicateLabel", "Level '" + label + "' is repeated",
                        label);
            }
            levels.add(new Level(label, Numbers.scale(Numbers.param(part.substring(eq + 1), part.trim()))));
        }
        return new LevelRule(levels);
    }

    public List<Level> levels() {
        return levels;
    }

    @Override
    public RuleType type() {
        return RuleType.LEVEL;
    }

    @Override
    public void checkFits(BigDecimal max) {
        levels.forEach(level -> Numbers.notAboveMax(level.points(), max));
    }

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        String text = Numbers.required(answer);
        Level level = levels.stream().filter(l -> l.label().equals(text)).findFirst()
                .or(() -> levels.stream().filter(l -> SearchText.fold(l.label()).equals(SearchText.fold(text))).findFirst())
                .orElseThrow(() -> new InvalidAnswerException("framework.answer.unknownLevel",
                        "'" + text + "' is not one of the levels", text,
                        levels.stream().map(Level::label).collect(Collectors.joining("; "))));
        return Numbers.min(level.points(), Numbers.scale(max));
    }
}
