package vn.ungcuu.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds list answers: the page as body and, when there is more, {@code Link: <...>; rel="next"}. */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> Response ok(Page<T> page, UriInfo uri) {
        Response.ResponseBuilder answer = Response.ok(page);
        if (page.nextCursor() != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return answer.build();
    }
}
