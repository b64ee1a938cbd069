package vn.ungcuu.playbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.incident.Category;
import vn.ungcuu.security.Roles;

@Path("/api/v1/playbooks")
@Tag(name = "Playbooks", description = "The plan's response scenarios per incident category; the active one "
        + "becomes an incident's tasks at triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaybookResource {

    @Inject
    PlaybookService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPlaybooks", summary = "List playbooks",
            description = "Ordered by category, then id; every authenticated caller.")
    public RestResponse<Page<PlaybookView>> list(
            @QueryParam("category") @Parameter(description = "Any of these categories (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Category.class))
            List<String> category,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) playbooks",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(EnumParams.parseAll("category", category, Category.class),
                EnumParams.parseBoolean("active", active), PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getPlaybook", summary = "Read a playbook, now or in a past version",
            description = "Without version, the current one (its ETag is its version); with ?version=N, version "
                    + "N exactly as it was written, as the tasks created from it saw it.")
    @APIResponse(responseCode = "200", description = "The playbook, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookView.class)))
    public RestResponse<PlaybookView> get(@PathParam("id") String id,
            @QueryParam("version") @Parameter(description = "A past (or the current) version number, from 1",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version) {
        PlaybookView playbook = service.get(PathIds.uuid(id, "Playbook"), parseVersion(version));
        return ResponseBuilder.ok(playbook).tag(ETags.of(playbook.version())).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createPlaybook", summary = "Create a playbook",
            description = "Administrators and coordinators. Active unless \"active\": false; a category has at most "
                    + "one active playbook, so a second active one is a 409 (deactivate the current one first, or "
                    + "create this one inactive).")
    @APIResponse(responseCode = "201", description = "Created (version 1); Location names the playbook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookView.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    public RestResponse<PlaybookView> create(@NotNull @Valid PlaybookInput body) {
        PlaybookView playbook = service.create(body);
        return ResponseBuilder.<PlaybookView>created(uri.getBaseUriBuilder().path("api/v1/playbooks")
                        .path(playbook.id().toString()).build())
                .tag(ETags.of(playbook.version())).entity(playbook).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replacePlaybook", summary = "Replace a playbook (makes a new version)",
            description = "Administrators and coordinators. Replaces name, steps and active; a change makes the next "
                    + "version (earlier ones stay readable, tasks keep theirs), a PUT changing nothing makes none. The "
                    + "category cannot change. Activating while another playbook of the category is active is a 409. "
                    + "If-Match is honoured (412 when stale).")
    @APIResponse(responseCode = "200", description = "The playbook, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaybookView.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    public RestResponse<PlaybookView> replace(@PathParam("id") String id, @NotNull @Valid PlaybookInput body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlaybookView playbook = service.replace(PathIds.uuid(id, "Playbook"), body, ifMatch);
        return ResponseBuilder.ok(playbook).tag(ETags.of(playbook.version())).build();
    }

    private static Integer parseVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(version.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("version", "must be a whole number from 1");
    }
}
