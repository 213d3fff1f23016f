package vn.parindex.tasklist;

import java.time.Instant;
import java.util.Set;

import vn.parindex.campaign.MilestoneType;

/** What the engine tells us about a user task when it is created or changed. */
public record TaskSnapshot(String taskId, String processInstanceId, String taskKey, String name, Long campaignId,
                           Long agencyId, Long reviewerAgencyId, MilestoneType milestone, Set<String> groups,
                           String assignee, Instant createdAt, Instant dueAt, Instant followUpAt) {
}
