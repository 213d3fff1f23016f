package vn.parindex.timeline;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.MilestoneType;
import vn.parindex.common.AppClock;

/** Each agency's countdown to its effective deadline of a milestone, by the application's clock. */
@Service
@RequiredArgsConstructor
public class Countdowns {

    private final Deadlines deadlines;
    private final AppClock clock;

    /** The countdown, or null when the milestone has no date. */
    @Transactional(readOnly = true)
    public Countdown of(Long campaignId, Long agencyId, MilestoneType type) {
        if (!deadlines.planned(campaignId, type)) {
            return null;
        }
        LocalDate due = deadlines.dueDate(campaignId, agencyId, type);
        return due == null ? null : Countdown.of(due, clock.instant());
    }
}
