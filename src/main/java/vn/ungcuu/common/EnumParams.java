package vn.ungcuu.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
