package vn.parindex.timeline;

import java.time.LocalDate;

import vn.parindex.campaign.MilestoneType;

/**
 * One agency's date of a milestone changed (moved, extended or reopened), published inside the change's
 * transaction so the agency is told by mail.
 *
 * @param changeId the logged change, so each change is told once
 * @param sequence how many times this deadline has changed: the calendar entry's SEQUENCE
 */
public record DeadlineChanged(Long campaignId, Long agencyId, MilestoneType milestone, LocalDate newDue,
                              String reason, Long changeId, int sequence) {
}
