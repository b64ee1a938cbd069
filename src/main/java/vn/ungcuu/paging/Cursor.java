package vn.ungcuu.paging;

import vn.ungcuu.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the scope it belongs to (e.g. a list and its sort) and the key values of
 * the last item served. Clients must treat it as opaque; a cursor that does not decode, or belongs to
 * another scope, is a 400, never a query.
 */
public record Cursor(String scope, List<String> values) {

    public static final int MAX_LENGTH = 512;
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        StringBuilder raw = new StringBuilder(scope);
        for (String value : values) {
            raw.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given by a client, checking that it was made for {@code expectedScope}. */
    public static Cursor decode(String encoded, String expectedScope, int expectedValues) {
        if (encoded.length() > MAX_LENGTH) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (raw.chars().anyMatch(c -> c < 0x20 && c != SEPARATOR)) {
            throw invalid();
        }
        List<String> parts = new ArrayList<>(List.of(raw.split(String.valueOf(SEPARATOR), -1)));
        if (parts.size() != expectedValues + 1 || !parts.get(0).equals(expectedScope)) {
            throw invalid();
        }
        return new Cursor(parts.remove(0), List.copyOf(parts));
    }

    /** A position in a list ordered by (time, id). */
    public record Keyset(java.time.Instant time, java.util.UUID id) {
    }

    /** Decodes a (time, id) keyset cursor made for {@code scope}; anything else is a 400. */
    public static Keyset decodeKeyset(String encoded, String scope) {
        Cursor cursor = decode(encoded, scope, 2);
        try {
            return new Keyset(java.time.Instant.parse(cursor.values().get(0)),
                    java.util.UUID.fromString(cursor.values().get(1)));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public static String encodeKeyset(String scope, java.time.Instant time, Object id) {
        return new Cursor(scope, List.of(time.toString(), id.toString())).encode();
    }

    public static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this list issued (or the sort or filters changed)");
    }
}
