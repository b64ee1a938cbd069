package vn.ungcuu.preparedness;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.UnitCodes;

@Path("/api/v1/preparedness")
@Tag(name = "Preparedness", description = "The plan's registers: drills, training (with the certificates Law "
        + "116/2025 Art. 34.2 requires) and security checks of equipment before use, with their files")
@Produces(MediaType.APPLICATION_JSON)
public class PreparednessResource {

    @Inject
    PreparednessService service;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordPreparedness", summary = "Record a drill, a training or a check of equipment",
            description = "A unit's reporter records for its own unit (another unit: 403); coordinators and "
                    + "administrators for any. The fields of the record's kind are required (DRILL: drillScope, "
                    + "scenario; TRAINING: course, participants; EQUIPMENT_CHECK: equipment, result) and those of "
                    + "another kind refused, each named in a 400; so are unknown units and systems, and a heldOn in "
                    + "the future. A certificate naming a system keeps that system's level: levels 3-5 are the "
                    + "certificates Law 116/2025 Art. 34.2 requires. Records are never changed. Audited (CREATE).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreparednessRecordView.class)))
    public Response record(@NotNull @Valid NewPreparednessRecord body) {
        PreparednessRecordView record = service.record(body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/preparedness").path(record.id().toString())
                .build()).entity(record).build();
    }

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPreparedness", summary = "List drills, trainings and checks of equipment",
            description = "Newest first (by heldOn), keyset-paged. A reporter sees its own unit's records only.")
    public RestResponse<Page<PreparednessRecordView>> list(
            @QueryParam("kind") @Parameter(description = "Only records of this kind",
                    schema = @Schema(implementation = RecordKind.class)) String kind,
            @QueryParam("unitCode") @Parameter(description = "Only the records of this unit",
                    schema = @Schema(type = SchemaType.STRING, pattern = vn.ungcuu.unit.UnitData.CODE_PATTERN))
            String unitCode,
            @QueryParam("heldFrom") @Parameter(description = "Held on or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String heldFrom,
            @QueryParam("heldTo") @Parameter(description = "Held on or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String heldTo,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        PreparednessService.Filter filter = new PreparednessService.Filter(
                EnumParams.parse("kind", kind, RecordKind.class),
                unitCode == null ? null : UnitCodes.requireValidFilter("unitCode", unitCode),
                day("heldFrom", heldFrom), day("heldTo", heldTo));
        return PageLinks.ok(service.list(filter, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getPreparedness", summary = "Read a drill, a training or a check of equipment",
            description = "Another unit's record is a 404 for a reporter.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreparednessRecordView.class)))
    public PreparednessRecordView get(@PathParam("id") String id) {
        return service.get(PathIds.uuid(id, "Preparedness record"));
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date, e.g. 2026-09-15");
        }
    }
}
