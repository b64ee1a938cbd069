package vn.ungcuu.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items and, when there is more, the cursor of the next page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true)
        String nextCursor) {
}
