package vn.parindex.campaign;

import java.time.LocalDate;

/** The dates of one milestone as an organiser sets them; windowStart only for types with a window. */
public record MilestoneDates(MilestoneType type, boolean used, LocalDate windowStart, LocalDate dueDate) {

    public static MilestoneDates of(Milestone milestone) {
        return new MilestoneDates(milestone.getType(), milestone.isUsed(), milestone.getWindowStart(),
                milestone.getDueDate());
    }

    public static MilestoneDates used(MilestoneType type, LocalDate windowStart, LocalDate dueDate) {
        return new MilestoneDates(type, true, windowStart, dueDate);
    }

    public static MilestoneDates unused(MilestoneType type) {
        return new MilestoneDates(type, false, null, null);
    }
}
