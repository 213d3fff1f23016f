package vn.parindex.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Days before a deadline on which officials are reminded: "7,3,1,0" (0: on the day). Blank: no reminders. */
public record ReminderOffsets(List<Integer> days) {

    static final int MAX_DAYS = 365;

    public static ReminderOffsets parse(String text) {
        List<Integer> days = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new ReminderOffsets(days);
        }
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(trimmed);
            } catch (NumberFormatException e) {
                throw new SettingFormatException("campaign.settings.error.offsetNotNumber", trimmed);
            }
            if (value < 0 || value > MAX_DAYS) {
                throw new SettingFormatException("campaign.settings.error.offsetRange", trimmed, MAX_DAYS);
            }
            if (days.contains(value)) {
                throw new SettingFormatException("campaign.settings.error.offsetTwice", trimmed);
            }
            days.add(value);
        }
        days.sort(Comparator.reverseOrder());
        return new ReminderOffsets(List.copyOf(days));
    }

    public String format() {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }
}
