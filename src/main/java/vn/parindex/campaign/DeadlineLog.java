package vn.parindex.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The log of a running campaign's deadline changes, for its run page; kept (and implemented) by the timeline,
 * which depends on campaigns and not the other way round.
 */
public interface DeadlineLog {

    /** One change: a milestone moved for everyone (no agency) or extended for one agency, with the reason. */
    interface Entry {
        Long getAgencyId();

        MilestoneType getMilestone();

        LocalDate getOldDate();

        LocalDate getNewDate();

        String getReason();

        String getChangedBy();

        Instant getChangedAt();
    }

    List<? extends Entry> newestFirst(Long campaignId);
}
