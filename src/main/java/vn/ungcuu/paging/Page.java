package vn.ungcuu.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and, when there is more, the cursor of the next page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
        String nextCursor) {

    /**
     * The page from rows read with one row more than asked for ({@link PageRequest#fetchSize()}): that
     * extra row only says there is a next page, whose cursor points after the last row kept.
     */
    public static <T> Page<T> of(List<T> rows, PageRequest page, Function<T, String> cursorAfter) {
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<T> kept = rows.subList(0, page.limit());
        return new Page<>(kept, cursorAfter.apply(kept.get(kept.size() - 1)));
    }

    /** The same page with each item turned into its view. */
    public <V> Page<V> map(Function<T, V> view) {
        return new Page<>(items.stream().map(view).toList(), nextCursor);
    }
}
