package vn.parindex.notification;

import java.time.LocalDate;

/** What a deadline mail says: which task, for which agency, due when, and where to do it. */
public record DeadlineMail(String campaignName, String organiserName, String agencyName, String taskKey,
                           String milestoneKey, LocalDate dueDate, long daysLeft, String link, String uid) {
}
