package vn.ungcuu.http;

import vn.ungcuu.problem.ApiException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters ourselves, so that a bad value is a 400 naming the parameter (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
public final class EnumParams {

    private EnumParams() {
    }

    public static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A required format name ({@code ?format=csv}), read case-insensitively; returned in lower case as listed.
     * Missing or unknown is a 400 naming the parameter and the formats there are.
     */
    public static String format(String name, String value, List<String> formats) {
        String choices = String.join(" or ", formats);
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(name, "is required: " + choices);
        }
        String given = value.trim().toLowerCase(Locale.ROOT);
        if (!formats.contains(given)) {
            throw ApiException.invalid(name, "must be " + choices);
        }
        return given;
    }

    /** A repeatable filter: {@code ?status=NEW&status=TRIAGED} or {@code ?status=NEW,TRIAGED}. */
    public static <E extends Enum<E>> List<E> parseAll(String name, List<String> values, Class<E> type) {
        List<E> parsed = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    E constant = parse(name, part, type);
                    if (constant != null && !parsed.contains(constant)) {
                        parsed.add(constant);
                    }
                }
            }
        }
        return parsed;
    }

    /** A repeatable parameter's values, comma-separated ones split, blanks dropped. */
    public static List<String> split(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.trim());
                    }
                }
            }
        }
        return parts;
    }

    /** An RFC 3339 time parameter (with offset); a bad one is a 400 naming the parameter. */
    public static java.time.Instant parseInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 date-time with offset, e.g. 2026-01-01T00:00:00+07:00");
        }
    }

    public static Boolean parseBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }
}
