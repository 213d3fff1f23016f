package vn.parindex.campaign;

/**
 * Raised on an edit of a campaign that is no longer a draft. The message key tells the user why; moving the
 * dates of a running campaign is the process's job (deadline extensions), not the draft editor's.
 */
public class CampaignNotDraftException extends RuntimeException {

    private final String code;
    private final Long campaignId;
    private final CampaignStatus status;

    public CampaignNotDraftException(String code, Campaign campaign) {
        this(code, campaign.getId(), campaign.getStatus());
    }

    public CampaignNotDraftException(String code, Long campaignId, CampaignStatus status) {
        super("Campaign " + campaignId + " is " + status + ", not DRAFT: " + code);
        this.code = code;
        this.campaignId = campaignId;
        this.status = status;
    }

    public String getCode() {
        return code;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public CampaignStatus getStatus() {
        return status;
    }
}
