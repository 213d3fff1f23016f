package vn.parindex.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.MilestoneDates;
import vn.parindex.campaign.MilestoneType;

/** Every milestone of a campaign in one form, one row per type in timeline order. */
@Setter
public class MilestoneForm {

    @Getter private List<Row> milestones = new ArrayList<>();
    @Getter private long version;

    public static class Row {
        private MilestoneType type;
        private boolean used;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate windowStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueDate;

        public MilestoneType getType() { return type; }
        public void setType(MilestoneType type) { this.type = type; }
        public boolean isUsed() { return used; }
        public void setUsed(boolean used) { this.used = used; }
        public LocalDate getWindowStart() { return windowStart; }
        public void setWindowStart(LocalDate windowStart) { this.windowStart = windowStart; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    }

    static MilestoneForm of(Campaign campaign) {
        MilestoneForm form = new MilestoneForm();
        form.version = campaign.getVersion();
        for (MilestoneType type : MilestoneType.values()) {
            Row row = new Row();
            row.type = type;
            campaign.milestone(type).ifPresent(m -> {
                row.used = m.isUsed();
                row.windowStart = m.getWindowStart();
                row.dueDate = m.getDueDate();
            });
            form.milestones.add(row);
        }
        return form;
    }

    List<MilestoneDates> rows() {
        return milestones.stream().map(r -> new MilestoneDates(r.type, r.used, r.windowStart, r.dueDate)).toList();
    }
}
