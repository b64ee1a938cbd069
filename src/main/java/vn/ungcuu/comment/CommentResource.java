package vn.ungcuu.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}/comments")
@Tag(name = "Workspace", description = "Working on an incident: comments, tasks, evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    CommentService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listComments", summary = "List an incident's comments",
            description = "Oldest first. Internal notes are left out for reporters.")
    public RestResponse<Page<CommentView>> list(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(PathIds.uuid(id, "Incident"), PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL})
    @Operation(operationId = "addComment", summary = "Comment on an incident",
            description = "Whoever may read the incident may comment; internal notes (internal: true) are for staff "
                    + "only and never shown to reporters.")
    @APIResponse(responseCode = "201", description = "The comment; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    public RestResponse<CommentView> add(@PathParam("id") String id, @NotNull @Valid NewComment body) {
        CommentView comment = service.add(PathIds.uuid(id, "Incident"), body);
        return ResponseBuilder.<CommentView>created(uri.getAbsolutePathBuilder().path(comment.id().toString()).build())
                .entity(comment).build();
    }
}
