package vn.ungcuu.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Builds list answers: the page as body and, when there is more, {@code Link: <...>; rel="next"}. */
public final class PageLinks {

    private PageLinks() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> answer = RestResponse.ResponseBuilder.ok(page);
        if (page.nextCursor() != null) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build()
                    + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
