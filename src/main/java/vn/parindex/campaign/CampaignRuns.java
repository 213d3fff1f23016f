package vn.parindex.campaign;

import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.common.AppClock;
import vn.parindex.framework.FrameworkVersion;

/** What the campaign process records and asks about its campaign as it runs. */
@Service
@RequiredArgsConstructor
public class CampaignRuns {

    private final CampaignRepository campaigns;
    private final AppClock clock;

    @Transactional
    public void opened(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        if (campaign.getStatus() == CampaignStatus.DRAFT) {
            campaign.setStatus(CampaignStatus.RUNNING);
        }
        if (campaign.getLaunchedAt() == null) {
            campaign.setLaunchedAt(clock.instant());
        }
    }

    /** The plan has a framework-revision milestone and some framework version the campaign uses is a draft. */
    @Transactional(readOnly = true)
    public boolean frameworkRevisionNeeded(Long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        boolean used = campaign.milestone(MilestoneType.FRAMEWORK_REVISION).map(Milestone::isUsed).orElse(false);
        return used && campaign.getFrameworks().values().stream().anyMatch(v -> !v.isPublished());
    }

    @Transactional(readOnly = true)
    public boolean frameworksPublished(Long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getFrameworks().values().stream()
                .allMatch(FrameworkVersion::isPublished);
    }

    @Transactional(readOnly = true)
    public List<Long> assessedAgencyIds(Long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getAgencies().stream()
                .sorted(Comparator.comparing(Agency::getCode)).map(Agency::getId).toList();
    }

    /** The business key of an agency's assessment: year:organiser:agency. */
    @Transactional(readOnly = true)
    public String assessmentKey(Long campaignId, Long agencyId) {
        CampaignRepository.AssessmentKeyParts parts =
                campaigns.findAssessmentKeyParts(campaignId, agencyId).orElseThrow();
        return campaignKey(parts.year(), parts.organiserCode()) + ":" + parts.agencyCode();
    }

    public static String campaignKey(Campaign campaign) {
        return campaignKey(campaign.getYear(), campaign.getOrganiser().getCode());
    }

    private static String campaignKey(int year, String organiserCode) {
        return year + ":" + organiserCode;
    }

    @Transactional
    public void published(Long campaignId) {
        campaigns.findById(campaignId).orElseThrow().setStatus(CampaignStatus.PUBLISHED);
    }
}
