package vn.parindex.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies' assessments of a campaign, as deadline changes and the run page read and reopen them. Named
 * queries the assessment package answers, so campaigns stay below it.
 */
public interface CampaignAssessments {

    /** Every assessment status, in order, for the run page's filter. */
    List<? extends Enum<?>> statuses();

    long countOpened(Long campaignId);

    boolean closedNotSubmitted(Long campaignId, Long agencyId);

    /** The agency's self-assessment went out (and was not closed unsent). */
    boolean selfAssessmentSent(Long campaignId, Long agencyId);

    /** Agency id to the process instance of its assessment, for every assessment opened. */
    Map<Long, String> processInstances(Long campaignId);

    /** The process instance of the agency's assessment, once it opened. */
    Optional<String> processInstance(Long campaignId, Long agencyId);

    void reopen(Long campaignId, Long agencyId);
}
