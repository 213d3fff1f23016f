package vn.parindex.campaign;

public enum CampaignStatus {
    DRAFT,
    RUNNING,
    APPROVED,
    PUBLISHED,
    CLOSED
}
