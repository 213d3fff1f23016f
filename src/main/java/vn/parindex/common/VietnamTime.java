package vn.parindex.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates in a plan are Vietnam dates: "by D" means due at 23:59 on D, Asia/Ho_Chi_Minh. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VietnamTime() {
    }

    public static ZonedDateTime endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59)).atZone(ZONE);
    }

    public static ZonedDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(ZONE);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
