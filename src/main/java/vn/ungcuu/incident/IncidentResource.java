package vn.ungcuu.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.audit.AuditRecord;
import vn.ungcuu.common.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.common.ETags;
import vn.ungcuu.common.EnumParams;
import vn.ungcuu.common.PageLinks;
import vn.ungcuu.common.PageRequest;
import vn.ungcuu.common.PathIds;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.UnitCodes;

@Path("/api/v1/incidents")
@Tag(name = "Incidents", description = "Filing, reading, editing and listing security incidents, with their history")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    IncidentService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @Operation(operationId = "createIncident", summary = "File an incident",
            description = "A reporter files for its own unit; a coordinator for any unit. With an Idempotency-Key, "
                    + "a retry with the same body returns the first answer (and Idempotent-Replayed: true) "
                    + "and creates nothing; the same key with another body is a 422.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the new incident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@NotNull @Valid NewIncident body,
            @HeaderParam(IdempotencyStore.HEADER)
            @Parameter(description = "Makes retries safe: 1-200 visible ASCII characters, kept 24 hours")
            String idempotencyKey) {
        CreateAnswer answer = service.create(body, idempotencyKey);
        Response.ResponseBuilder response = Response.status(Response.Status.CREATED)
                .location(uri.getBaseUri().resolve(answer.location().substring(1)))
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listIncidents", summary = "List incidents",
            description = "Keyset-paged. A reporter sees its own unit's incidents, a responder those assigned to it.")
    public RestResponse<Page<IncidentView>> list(
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor,
            @QueryParam("status") @Parameter(description = "Any of these statuses (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IncidentStatus.class))
            List<String> status,
            @QueryParam("unitCode") @Parameter(description = "Any of these units (repeatable)") List<String> unitCode,
            @QueryParam("sort") @Parameter(description = "createdAt, -createdAt (default), updatedAt or -updatedAt")
            String sort) {
        IncidentFilter filter = new IncidentFilter(EnumParams.parseAll("status", status, IncidentStatus.class),
                unitCode == null ? List.of() : unitCode.stream().flatMap(code -> List.of(code.split(",")).stream())
                        .map(String::trim).filter(code -> !code.isEmpty())
                        .map(code -> UnitCodes.requireValidFilter("unitCode", code)).distinct().toList(),
                IncidentSort.parse(sort));
        return PageLinks.ok(service.list(filter, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getIncident", summary = "Read an incident",
            description = "Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The incident, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        IncidentView incident = service.get(PathIds.uuid(id, "Incident"));
        if (ETags.noneMatchHits(ifNoneMatch, incident.version())) {
            return Response.notModified(ETags.of(incident.version())).build();
        }
        return Response.ok(incident).tag(ETags.of(incident.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER})
    @Operation(operationId = "patchIncident", summary = "Edit an incident (JSON merge patch)",
            description = "Changes title, description, category, affectedSystemIds, tlp and (coordinators) assignee. "
                    + "Status, unit and reference cannot be patched. If-Match is honoured (412 when stale).")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = IncidentEdit.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentEdit.class))})
    @APIResponse(responseCode = "200", description = "The edited incident, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<IncidentView> patch(@PathParam("id") String id, @NotNull ObjectNode patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IncidentView incident = service.patch(PathIds.uuid(id, "Incident"), patch, ifMatch);
        return ResponseBuilder.ok(incident).tag(ETags.of(incident.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getIncidentHistory", summary = "Read an incident's history",
            description = "Every change, oldest first, with field-level from/to; keyset-paged.")
    public RestResponse<Page<AuditRecord>> history(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        UUID incidentId = PathIds.uuid(id, "Incident");
        return PageLinks.ok(service.history(incidentId, PageRequest.of(limit, cursor)), uri);
    }
}
