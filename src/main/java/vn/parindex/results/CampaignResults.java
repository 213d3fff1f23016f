package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.Campaigns;
import vn.parindex.campaign.ClassBands;
import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.LeafAnswer;
import vn.parindex.framework.scoring.ScoreNode;
import vn.parindex.framework.scoring.Scoring;
import vn.parindex.framework.scoring.ScoringTree;
import vn.parindex.framework.scoring.Standing;

/**
 * Computes a campaign's results from its stored scores: every agency's index, sub-indices, rank and class. Reads
 * each table once (agencies, frameworks, criteria, scores, assessments), then aggregates in memory.
 */
@Service
@RequiredArgsConstructor
public class CampaignResults {

    private final Campaigns campaigns;
    private final ResultQueries queries;

    /** A campaign's computed results, agencies ordered by type, then rank (unranked types by index). */
    public record Report(Long campaignId, int year, String name, List<AgencyResult> agencies) {

        public List<WeakCriteria.Across> weakAcross(BigDecimal threshold) {
            return WeakCriteria.across(agencies, threshold);
        }

        public java.util.Optional<AgencyResult> agency(Long agencyId) {
            return agencies.stream().filter(a -> a.agencyId().equals(agencyId)).findFirst();
        }
    }

    /** The results of one of the organiser's campaigns; 404-style exception for another organiser's. */
    @Transactional(readOnly = true)
    public Report compute(Long campaignId, Long organiserId) {
        Campaign campaign = campaigns.findInOrganiser(campaignId, organiserId)
                .orElseThrow(() -> new CampaignNotFoundException(campaignId));
        return compute(campaign);
    }

    @Transactional(readOnly = true)
    public Report compute(Campaign campaign) {
        Long campaignId = campaign.getId();
        List<ResultQueries.AgencyRow> agencies = queries.agencies(campaignId);
        Map<Long, Long> versionByType = new HashMap<>();
        for (Object[] row : queries.frameworkIds(campaignId)) {
            versionByType.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, ScoringTree> trees = trees(versionByType);
        Map<Long, Map<Long, LeafAnswer>> answersByAgency = answers(campaignId);
        Map<Long, Standing> standings = standings(campaignId);
        BigDecimal latePenalty = campaign.getSettings().getLatePenaltyPoints();
        ClassBands bands = ClassBands.parse(campaign.getSettings().getClassBands());
        Map<Long, IndexScore> indices = new LinkedHashMap<>();
        List<Ranking.Entry> entries = new ArrayList<>();
        for (ResultQueries.AgencyRow agency : agencies) {
            ScoringTree tree = trees.get(versionByType.get(agency.typeId()));
            if (tree == null) {
                continue; // no framework for this type: nothing to score
            }
            IndexScore index = Scoring.score(tree, answersByAgency.getOrDefault(agency.agencyId(), Map.of()),
                    standings.getOrDefault(agency.agencyId(), Standing.ON_TIME), latePenalty);
            indices.put(agency.agencyId(), index);
            entries.add(new Ranking.Entry(agency.agencyId(), agency.typeCode(), agency.typeRanked(), index.index()));
        }
        Map<Long, Integer> ranks = Ranking.ranks(entries);
        List<AgencyResult> results = new ArrayList<>();
        for (ResultQueries.AgencyRow agency : agencies) {
            IndexScore index = indices.get(agency.agencyId());
            if (index != null) {
                results.add(new AgencyResult(agency.agencyId(), agency.code(), agency.name(), agency.typeCode(),
                        agency.typeNameVi(), agency.typeNameEn(), agency.typeRanked(), agency.typeSortOrder(), index,
                        ranks.get(agency.agencyId()), bands.classOf(index.index())));
            }
        }
        results.sort(Comparator.comparingInt(AgencyResult::typeSortOrder).thenComparing(AgencyResult::agencyTypeCode)
                .thenComparing(AgencyResult::indexValue, Comparator.reverseOrder())
                .thenComparing(AgencyResult::agencyName));
        return new Report(campaignId, campaign.getYear(), campaign.getName(), results);
    }

    private Map<Long, ScoringTree> trees(Map<Long, Long> versionByType) {
        Map<Long, List<ScoreNode>> nodes = new HashMap<>();
        if (!versionByType.isEmpty()) {
            for (TreeNode node : queries.criteria(versionByType.values())) {
                nodes.computeIfAbsent(node.versionId(), k -> new ArrayList<>()).add(node.scoreNode());
            }
        }
        Map<Long, ScoringTree> trees = new HashMap<>();
        nodes.forEach((version, list) -> trees.put(version, new ScoringTree(list)));
        return trees;
    }

    private Map<Long, Map<Long, LeafAnswer>> answers(Long campaignId) {
        Map<Long, Map<Long, LeafAnswer>> answers = new HashMap<>();
        for (ResultQueries.ScoreRow row : queries.scores(campaignId)) {
            answers.computeIfAbsent(row.agencyId(), k -> new HashMap<>()).put(row.criterionId(), row.answer());
        }
        return answers;
    }

    private Map<Long, Standing> standings(Long campaignId) {
        Map<Long, Standing> standings = new HashMap<>();
        for (ResultQueries.StandingRow row : queries.standings(campaignId)) {
            standings.put(row.agencyId(), row.standing());
        }
        return standings;
    }
}
