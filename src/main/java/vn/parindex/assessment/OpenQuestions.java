package vn.parindex.assessment;

import java.util.List;
import java.util.Map;

/**
 * The reviewers' unanswered requests for supplementary evidence, by leaf, shown on the scorecard. The appraisal
 * package, which builds on assessments, answers.
 */
public interface OpenQuestions {

    Map<Long, List<String>> unansweredByCriterion(Long campaignId, Long agencyId);
}
