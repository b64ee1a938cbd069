package vn.ungcuu.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.Roles;

@Path("/api/v1/events")
@Tag(name = "Events", description = "The outbound events as a pull feed, for integrations that cannot receive webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class EventFeedResource {

    @Inject
    EventFeed feed;

    @GET
    @RolesAllowed({Roles.PROVINCIAL, Roles.ADMIN})
    @Operation(operationId = "listEvents", summary = "Read the event feed after a cursor",
            description = "The webhook's events in a stable order. Pass the nextCursor of the previous answer as "
                    + "after; nextCursor is never null, so polling with it never misses or repeats an event. "
                    + "Provincial callers see events of escalated incidents and of units.")
    public Page<FeedEvent> events(
            @QueryParam("after") @Parameter(description = "Opaque cursor: nextCursor of the previous page") String after,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit) {
        return feed.after(PageRequest.of(limit, after));
    }
}
