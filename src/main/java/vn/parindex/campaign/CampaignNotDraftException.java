package vn.parindex.campaign;

/**
 * Raised on an edit of a campaign that is no longer a draft. The message key tells the user why; moving the
 * dates of a running campaign is the process's job (deadline extensions), not the draft editor's.
 */
public class CampaignNotDraftException extends RuntimeException {

    private final String code;
    private final CampaignStatus status;

    public CampaignNotDraftException(String code, Campaign campaign) {
        super("Campaign " + campaign.getId() + " is " + campaign.getStatus() + ", not DRAFT: " + code);
        this.code = code;
        this.status = campaign.getStatus();
    }

    public String getCode() {
        return code;
    }

    public CampaignStatus getStatus() {
        return status;
    }
}
