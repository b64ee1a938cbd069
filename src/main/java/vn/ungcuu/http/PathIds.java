package vn.ungcuu.http;

import vn.ungcuu.problem.ApiException;

import java.util.UUID;

/** Path ids are parsed by us: a malformed id names nothing, so it is a 404 like any unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String value, String what) {
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // fall through to not found
        }
        throw ApiException.notFound(what);
    }
}
