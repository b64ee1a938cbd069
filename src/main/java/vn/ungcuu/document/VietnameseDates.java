package vn.ungcuu.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates, times and durations as a Vietnamese administrative document writes them. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

    private VietnameseDates() {
    }

    /**
     * Địa danh và thời gian ban hành (Decree 30/2020, Appendix I, II.5): "Minh Sơn, ngày 06 tháng 12 năm 2026";
     * a day below 10 and a month below 3 take a leading zero ("ngày 05 tháng 02", but "tháng 3").
     */
    public static String placeAndDate(String place, LocalDate day) {
        String month = day.getMonthValue() < 3 ? "%02d".formatted(day.getMonthValue())
                : Integer.toString(day.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, day.getDayOfMonth(), month, day.getYear());
    }

    /** "06/12/2026". */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** "08 giờ 15 phút, ngày 06/12/2026" in the district's time zone. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** "2 giờ 05 phút", "3 ngày 4 giờ", "45 phút", "dưới 1 phút"; "không có số liệu" when null. */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "không có số liệu";
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 1) {
            return "dưới 1 phút";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return hours == 0 ? days + " ngày" : days + " ngày " + hours + " giờ";
        }
        if (hours > 0) {
            return rest == 0 ? hours + " giờ" : "%d giờ %02d phút".formatted(hours, rest);
        }
        return rest + " phút";
    }
}
