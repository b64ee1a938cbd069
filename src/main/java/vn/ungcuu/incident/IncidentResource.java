package vn.ungcuu.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import vn.ungcuu.paging.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.http.ETags;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.idempotency.CreatedAnswer;
import vn.ungcuu.idempotency.IdempotencyStore;
import vn.ungcuu.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;

@Path("/api/v1/incidents")
@Tag(name = "Incidents", description = "Filing, reading, editing and listing security incidents, with their history")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    IncidentService service;

    @Inject
    IncidentExport export;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR})
    @Operation(operationId = "createIncident", summary = "File an incident",
            description = "A reporter files for its own unit; a coordinator for any unit. With an Idempotency-Key, "
                    + "a retry with the same body returns the first answer (and Idempotent-Replayed: true) "
                    + "and creates nothing; the same key with another body is a 422. A unit that has ended (validTo "
                    + "on or before today: it was succeeded) or is not in force yet files nothing: 409, naming the "
                    + "successors to file under in successorCodes.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the new incident",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@NotNull @Valid NewIncident body,
            @HeaderParam(IdempotencyStore.HEADER)
            @Parameter(description = "Makes retries safe: 1-200 visible ASCII characters, kept 24 hours")
            String idempotencyKey) {
        CreatedAnswer answer = service.create(body, idempotencyKey);
        return answer.toResponse(uri);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IncidentExport.CSV, IncidentExport.NDJSON})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listIncidents", summary = "List incidents",
            description = "Keyset-paged JSON. A reporter sees its own unit's incidents, a responder those assigned "
                    + "to it, the provincial team escalated ones. Filters combine with and; repeated values with or. "
                    + "With Accept: text/csv or application/x-ndjson, every matching incident streamed (no paging), "
                    + "as exportIncidents does; generated clients use that operation.")
    @APIResponse(responseCode = "200", description = "A page of incidents, or all of them as CSV / NDJSON",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentPage.class)),
                    @Content(mediaType = IncidentExport.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = IncidentExport.CSV_EXAMPLE)),
                    @Content(mediaType = IncidentExport.NDJSON, schema = @Schema(type = SchemaType.STRING,
                            description = "One Incident JSON object per line"))})
    public Response list(
            @QueryParam("limit") @Parameter(description = "Page size (JSON only)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor; JSON only") String cursor,
            @BeanParam IncidentFilterParams filter,
            @Context HttpHeaders headers) {
        IncidentFilter chosen = filter.toFilter();
        MediaType wanted = IncidentExport.negotiate(headers.getAcceptableMediaTypes());
        if (!wanted.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return export.stream(chosen, wanted);
        }
        RestResponse<Page<IncidentView>> page = PageLinks.ok(service.list(chosen, PageRequest.of(limit, cursor)), uri);
        return page.toResponse();
    }

    @GET
    @Path("/export")
    @Produces({IncidentExport.CSV, IncidentExport.NDJSON})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportIncidents", summary = "Export incidents as CSV or NDJSON",
            description = "Every incident the caller may see that matches the filters of listIncidents, streamed "
                    + "(no paging), in the format named: csv (RFC 4180, UTF-8, a header row, Content-Disposition "
                    + "attachment) or ndjson (one Incident JSON object per line, UTF-8).")
    @APIResponse(responseCode = "200", description = "The incidents, as a file in the format asked for",
            content = {
                    @Content(mediaType = IncidentExport.CSV, schema = @Schema(type = SchemaType.STRING,
                            format = "binary"), examples = @ExampleObject(name = "csv", value = IncidentExport.CSV_EXAMPLE)),
                    @Content(mediaType = IncidentExport.NDJSON, schema = @Schema(type = SchemaType.STRING,
                            format = "binary", description = "One Incident JSON object per line"))})
    public Response exportList(
            @QueryParam(IncidentExport.FORMAT) @Parameter(required = true, description = "csv or ndjson",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "ndjson"})) String format,
            @BeanParam IncidentFilterParams filter) {
        MediaType type = IncidentExport.mediaTypeOf(format);
        return export.stream(filter.toFilter(), type);
    }

    @GET
    @Path("/count")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "countIncidents", summary = "Count incidents",
            description = "How many incidents the caller may see match the filters of listIncidents (sort is "
                    + "ignored): the counters of a board, e.g. status=NEW to triage, obligationDueTo=now for breached "
                    + "obligations.")
    @APIResponse(responseCode = "200", description = "The number of matching incidents", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentCount.class)))
    public IncidentCount count(@BeanParam IncidentFilterParams filter) {
        return new IncidentCount(service.count(filter.toFilter()));
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
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = IncidentPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentPatch.class))})
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
