package vn.parindex.results;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a campaign's results are public. Once they are, no score may change: the public page keeps the published
 * revision, so a later change would make the organiser's figures differ from it silently.
 */
@Service
@RequiredArgsConstructor
public class PublishedResults {

    private final PublishedRevisionRepository revisions;

    @Transactional(readOnly = true)
    public boolean isPublished(Long campaignId) {
        return revisions.findFirstByCampaignIdOrderByRevisionDesc(campaignId).isPresent();
    }
}
