package vn.parindex.timeline;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.DeadlineLog;

/**
 * How other packages read a campaign's extensions and deadline changes: named queries, none of them writing.
 * The repositories stay inside this package (ArchitectureTest).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class TimelineQueries implements DeadlineLog {

    private final AgencyExtensionRepository extensions;
    private final DeadlineChangeRepository changes;

    /** Every agency's extended dates in the campaign. */
    public List<AgencyExtension> extensionsOf(Long campaignId) {
        return extensions.findByCampaignId(campaignId);
    }

    /** The campaign's moved and extended deadlines, the latest first. */
    @Override
    public List<DeadlineChange> newestFirst(Long campaignId) {
        return changes.findByCampaignIdOrderByChangedAtDesc(campaignId);
    }
}
