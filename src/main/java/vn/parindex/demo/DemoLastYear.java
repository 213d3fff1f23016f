package vn.parindex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import vn.parindex.agency.Agency;
import vn.parindex.assessment.CriterionScore;
import vn.parindex.assessment.CriterionScoreRepository;
import vn.parindex.campaign.Campaign;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.MeasuredBy;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.results.PastCampaigns;

/**
 * A past year's campaign as a province would type it in from its published decision: every agency's appraised
 * points (the same at each start) frozen as the published results, so this year's show the change from last year
 * and the years page a trend. The further back the year, the lower the shares and the other the order of agencies.
 */
@Component
@RequiredArgsConstructor
class DemoLastYear {

    /** Shares of a leaf's maximum, taken in turn so agencies and criteria differ. */
    private static final double[] SHARES = {1, 0.9, 0.75, 1, 0.5, 1, 0.8, 0, 1, 0.6};

    private final CriterionScoreRepository scores;
    private final PastCampaigns past;

    void scoreAndPublish(Campaign campaign, FrameworkVersion version, String decision, int yearsAgo) {
        List<CriterionScore> all = new ArrayList<>();
        int agencyIndex = 0;
        for (Agency agency : campaign.getAgencies()) {
            int leafIndex = 0;
            for (Criterion leaf : version.getCriteria()) {
                if (leaf.isLeaf()) {
                    all.add(score(campaign, agency, leaf, points(leaf, agencyIndex * (2 + yearsAgo) + leafIndex++,
                            yearsAgo)));
                }
            }
            agencyIndex++;
        }
        scores.saveAllAndFlush(all);
        past.publish(campaign, "organiser", decision);
    }

    private static CriterionScore score(Campaign campaign, Agency agency, Criterion leaf, BigDecimal points) {
        CriterionScore score = new CriterionScore(campaign.getId(), agency.getId(), leaf.getId());
        if (leaf.getMeasuredBy() == MeasuredBy.SURVEY) {
            score.recordSurvey(points);
            return score;
        }
        score.selfAssess(points.toPlainString(), false, null, points, null, null);
        score.appraise(points.toPlainString(), false, points, null, "organiser", null);
        return score;
    }

    private static BigDecimal points(Criterion leaf, int turn, int yearsAgo) {
        RuleType type = leaf.effectiveRuleType();
        if (type == RuleType.BONUS || type == RuleType.PENALTY) {
            return BigDecimal.ZERO.setScale(2);
        }
        double share = SHARES[turn % SHARES.length] * (1 - 0.08 * (yearsAgo - 1));
        if (type == RuleType.YES_NO) {
            share = share >= 0.75 ? 1 : 0;
        }
        return leaf.getMaxPoints().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
    }
}
