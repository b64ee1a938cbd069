package vn.ungcuu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.FieldError;

/**
 * The period a report covers: the half-open interval [{@code from}, {@code to}) of reporting times, with
 * the label it was asked by ({@code 2026}, {@code 2026-H1}), or none when asked by {@code from}/{@code to}.
 *
 * <p>Calendar periods and dates are read in the district's time zone: {@code 2026-H1} starts at midnight
 * of 1 January in Hanoi (2025-12-31T17:00Z for UTC+7), not in UTC. A date as {@code from}/{@code to} is
 * a whole local day and both are inclusive; an RFC 3339 instant is an exact bound, {@code from}
 * inclusive and {@code to} exclusive, so consecutive reports can share their bound.
 */
public record ReportPeriod(String label, Instant from, Instant to, ZoneId zone) {

    public static final String PERIOD = "period";
    public static final String FROM = "from";
    public static final String TO = "to";

    private static final Pattern LABEL = Pattern.compile("([1-9][0-9]{3})(?:-H([12]))?");
    private static final Pattern DATE = Pattern.compile("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile(
            "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    /**
     * Reads {@code ?period=} or {@code ?from=&to=}; anything missing, malformed or contradictory is a 400
     * naming the parameter.
     */
    public static ReportPeriod parse(String period, String from, String to, ZoneId zone) {
        boolean hasPeriod = given(period);
        boolean hasFrom = given(from);
        boolean hasTo = given(to);
        if (hasPeriod && (hasFrom || hasTo)) {
            List<FieldError> errors = new ArrayList<>();
            if (hasFrom) {
                errors.add(new FieldError(FROM, "cannot be combined with period; give period, or from and to"));
            }
            if (hasTo) {
                errors.add(new FieldError(TO, "cannot be combined with period; give period, or from and to"));
            }
            throw ApiException.invalid(errors);
        }
        if (hasPeriod) {
            return ofLabel(period.trim(), zone);
        }
        if (!hasFrom && !hasTo) {
            throw ApiException.invalid(PERIOD, "is required: YYYY, YYYY-H1 or YYYY-H2, or from and to");
        }
        if (!hasFrom) {
            throw ApiException.invalid(FROM, "is required with to (YYYY-MM-DD or an RFC 3339 time)");
        }
        if (!hasTo) {
            throw ApiException.invalid(TO, "is required with from (YYYY-MM-DD or an RFC 3339 time)");
        }
        Instant start = bound(FROM, from.trim(), zone, false);
        Instant end = bound(TO, to.trim(), zone, true);
        if (!start.isBefore(end)) {
            throw ApiException.invalid(TO, "must be after from");
        }
        return new ReportPeriod(null, start, end, zone);
    }

    /** {@code 2026} is the calendar year, {@code 2026-H1} January to June, {@code 2026-H2} July to December. */
    static ReportPeriod ofLabel(String label, ZoneId zone) {
        Matcher matcher = LABEL.matcher(label);
        if (!matcher.matches()) {
            throw ApiException.invalid(PERIOD, "must be YYYY, YYYY-H1 or YYYY-H2 (e.g. 2026-H1)");
        }
        int year = Integer.parseInt(matcher.group(1));
        String half = matcher.group(2);
        LocalDate first = LocalDate.of(year, "2".equals(half) ? 7 : 1, 1);
        LocalDate next = half == null ? first.plusYears(1) : first.plusMonths(6);
        return new ReportPeriod(label, first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant(), zone);
    }

    /** A date is the start of that local day, or (as the end) the start of the next one; an instant is as given. */
    private static Instant bound(String name, String value, ZoneId zone, boolean end) {
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            String upper = value.toUpperCase(Locale.ROOT);
            if (INSTANT.matcher(upper).matches()) {
                return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "is not a valid date or time: " + value);
        }
        throw ApiException.invalid(name, "must be a date (YYYY-MM-DD) or an RFC 3339 time (2026-01-01T00:00:00+07:00)");
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
