package vn.parindex.results;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;

/**
 * A campaign run before this application (last year's, typed in from its published decision): its final scores
 * are frozen as its first published revision without the process, so this year's results show the change.
 */
@Service
@RequiredArgsConstructor
public class PastCampaigns {

    private final ResultsWorkflow workflow;

    @Transactional
    public PublishedRevision publish(Campaign campaign, String by, String decision) {
        return workflow.snapshot(campaign, by, null, decision);
    }
}
