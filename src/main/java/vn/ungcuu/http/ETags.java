package vn.ungcuu.http;

import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;

/**
 * Entity tags built from a row's optimistic-lock version, and the {@code If-Match} /
 * {@code If-None-Match} comparisons (RFC 9110 §13.1).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** {@code If-None-Match} matches: the client's copy is current and a 304 may answer. */
    public static boolean noneMatchHits(String ifNoneMatch, long version) {
        return noneMatchHits(ifNoneMatch, Long.toString(version));
    }

    /** The same for a tag that is not a row version (e.g. an attachment's SHA-256). */
    public static boolean noneMatchHits(String ifNoneMatch, String current) {
        return ifNoneMatch != null && listed(ifNoneMatch, current, true);
    }

    /**
     * Fails with 412 when {@code If-Match} is given and names no current version. Absent means the
     * client accepts any version.
     */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch != null && !listed(ifMatch, Long.toString(version), false)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "If-Match does not match the current version (ETag \"" + version + "\"); read it again");
        }
    }

    /** If-None-Match compares weakly; If-Match strongly, so a weak tag never matches it. */
    private static boolean listed(String header, String current, boolean weakComparison) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(tag -> weakComparison || !tag.startsWith("W/"))
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .map(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                        ? tag.substring(1, tag.length() - 1) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }
}
