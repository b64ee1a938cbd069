package vn.ungcuu.paging;

import vn.ungcuu.problem.ApiException;

/** The paging parameters of a list request, validated: {@code limit} 1–500 (default 50). */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static PageRequest of(String limit, String cursor) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsed = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
            if (parsed < 1 || parsed > MAX_LIMIT) {
                throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
        return new PageRequest(parsed, cursor);
    }

    /** Rows to read: one more than the page holds, so that {@link Page#of} can tell whether more follow. */
    public int fetchSize() {
        return limit + 1;
    }
}
