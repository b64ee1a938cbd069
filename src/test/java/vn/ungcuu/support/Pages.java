package vn.ungcuu.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Cursor-paged lists read the way a script reads them: page after page until there is no nextCursor. */
public final class Pages {

    private Pages() {
    }

    /**
     * Every value at {@code itemPath} (e.g. {@code items.code}) of the list at {@code path}, walked to its end
     * with the given filters (at most 100 pages); every page must answer 200.
     */
    public static List<String> walk(String token, String path, Map<String, String> query, String itemPath) {
        List<String> values = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(token).queryParams(query);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(path);
            page.then().statusCode(200);
            values.addAll(page.path(itemPath));
            cursor = page.path("nextCursor");
        } while (cursor != null && ++pages < 100);
        return values;
    }
}
