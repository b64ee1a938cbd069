package vn.ungcuu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.ungcuu.problem.ApiException;

/**
 * The filters of {@code GET /audit}: each list is an "any of" (empty: no restriction), the time range
 * is {@code from} inclusive to {@code to} exclusive. Parsed here so that a bad value is a 400 naming it.
 */
record AuditFilter(List<String> entityTypes, List<String> entityIds, List<String> actors, List<String> actions,
        Instant from, Instant to) {

    static final int MAX_VALUES = 50;
    static final int MAX_LENGTH = 255;

    static AuditFilter parse(List<String> entityType, List<String> entityId, List<String> actor, List<String> action,
            String from, String to) {
        Instant start = time("from", from);
        Instant end = time("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        return new AuditFilter(values("entityType", entityType, true), values("entityId", entityId, false),
                values("actor", actor, false), values("action", action, true), start, end);
    }

    /** Identifies the filters in a cursor, so that a cursor is only honoured by the list that issued it. */
    String fingerprint() {
        String all = String.join("\u001e", String.join("\u001f", entityTypes), String.join("\u001f", entityIds),
                String.join("\u001f", actors), String.join("\u001f", actions), String.valueOf(from), String.valueOf(to));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    /** Repeatable values; codes (entity types, actions) may also be comma-separated. */
    private static List<String> values(String name, List<String> given, boolean commaSeparated) {
        List<String> values = new ArrayList<>();
        if (given == null) {
            return values;
        }
        for (String value : given) {
            for (String part : commaSeparated ? value.split(",") : new String[] {value}) {
                String trimmed = part.trim();
                if (trimmed.isEmpty() || values.contains(trimmed)) {
                    continue;
                }
                if (trimmed.length() > MAX_LENGTH) {
                    throw ApiException.invalid(name, "must be at most " + MAX_LENGTH + " characters");
                }
                if (trimmed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    throw ApiException.invalid(name, "must not contain control characters");
                }
                values.add(trimmed);
            }
        }
        if (values.size() > MAX_VALUES) {
            throw ApiException.invalid(name, "must have at most " + MAX_VALUES + " values");
        }
        return List.copyOf(values);
    }

    private static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        // an unencoded '+' of the offset arrives as a space: 2026-03-02T08:15:00 07:00
        int space = text.lastIndexOf(' ');
        if (space > 10) {
            text = text.substring(0, space) + '+' + text.substring(space + 1);
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 date-time with an offset, e.g. 2026-03-02T08:15:00+07:00");
        }
        if (time.getYear() < 1 || time.getYear() > 9999) {
            throw ApiException.invalid(name, "must be between the years 0001 and 9999");
        }
        return time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
