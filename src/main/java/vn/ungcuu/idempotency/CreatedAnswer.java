package vn.ungcuu.idempotency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What an idempotent create answers: the body is kept as JSON text so that a replay returns exactly the
 * bytes of the first answer; {@code location} is the path of the new resource; {@code etag} its entity tag,
 * or null when the resource has none (or the answer was stored before ETags were kept).
 */
public record CreatedAnswer(String location, String body, EntityTag etag, boolean replayed) {

    /** A first answer, not a replay. */
    public static CreatedAnswer created(String location, String body, EntityTag etag) {
        return new CreatedAnswer(location, body, etag, false);
    }

    /** 201 with Location, ETag and the body, marked {@code Idempotent-Replayed: true} when it is a replay. */
    public Response toResponse(UriInfo uri) {
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .location(uri.getBaseUri().resolve(location.substring(1)))
                .type(MediaType.APPLICATION_JSON)
                .tag(etag)
                .entity(body);
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
