package vn.parindex.framework.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tiers on a percentage. Parameters {@code threshold:points;…}, thresholds in % (0 – 100), e.g.
 * {@code 100:2;95:1.75;80:1.5;70:1;60:0.5}. A tier's lower bound is included (95 % earns the 95 tier);
 * below the lowest threshold earns 0. The answer is a percentage 0 – 100.
 */
public final class PercentTiersRule implements ScoringRule {

    public record Tier(BigDecimal threshold, BigDecimal points) {
    }

    /** Highest threshold first. */
    private final List<Tier> tiers;

    private PercentTiersRule(List<Tier> tiers) {
        this.tiers = tiers.stream().sorted(Comparator.comparing(Tier::threshold).reversed()).toList();
    }

    static PercentTiersRule parse(String params) {
        if (params == null || params.isBlank()) {
            throw new InvalidRuleParamsException("framework.params.missing", "PERCENT_TIERS needs its tiers",
                    RuleType.PERCENT_TIERS.name(), "100:2;95:1.75;80:1.5;70:1;60:0.5");
        }
        List<Tier> tiers = new ArrayList<>();
        for (String part : params.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pieces = part.split(":", -1);
            if (pieces.length != 2) {
                throw new InvalidRuleParamsException("framework.params.badPart", "'" + part.trim() + "' is not threshold:points",
                        part.trim(), "threshold:points");
            }
            BigDecimal threshold = Numbers.param(pieces[0].replace("%", ""), part.trim());
            if (threshold.compareTo(Numbers.HUNDRED) > 0) {
                throw new InvalidRuleParamsException("framework.params.thresholdOutOfRange",
                        "Threshold " + threshold + " is above 100", Numbers.show(threshold));
            }
            if (tiers.stream().anyMatch(t -> t.threshold().compareTo(threshold) == 0)) {
                throw new InvalidRuleParamsException("framework.params.duplicateThreshold",
                        "Threshold " + threshold + " is repeated", Numbers.show(threshold));
            }
            tiers.add(new Tier(threshold, Numbers.scale(Numbers.param(pieces[1], part.trim()))));
        }
        return new PercentTiersRule(tiers);
    }

    public List<Tier> tiers() {
        return tiers;
    }

    @Override
    public RuleType type() {
        return RuleType.PERCENT_TIERS;
    }

    @Override
    public void checkFits(BigDecimal max) {
        tiers.forEach(tier -> Numbers.notAboveMax(tier.points(), max));
    }

    @Override
    public BigDecimal points(BigDecimal max, String answer) {
        BigDecimal pct = Numbers.percent(answer);
        return tiers.stream().filter(t -> t.threshold().compareTo(pct) <= 0).findFirst()
                .map(t -> Numbers.min(t.points(), Numbers.scale(max)))
                .orElse(Numbers.ZERO);
    }
}
