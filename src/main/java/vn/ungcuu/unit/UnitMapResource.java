package vn.ungcuu.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.security.Roles;

/** The province's map: successions between units, and loading many units at once. */
@Path("/api/v1/units")
@Tag(name = "Units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitMapResource {

    static final String CSV_EXAMPLE = """
            code,name,type,parentCode,validFrom,validTo,successorCodes,successionNote
            TINH-THANHHOA,UBND tỉnh Thanh Hóa,PROVINCE,,,,,
            XA-NGOCLAC,UBND xã Ngọc Lặc,COMMUNE,TINH-THANHHOA,2025-07-01,,,
            TT-NGOCLAC-CU,UBND thị trấn Ngọc Lặc,TOWN,H-NGOCLAC,,2025-07-01,XA-NGOCLAC,Sắp xếp đơn vị hành chính cấp xã 2025
            """;

    @Inject
    SuccessionService successions;

    @Inject
    UnitImportService imports;

    @POST
    @Path("/{code}/succession")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordUnitSuccession", summary = "Record that another unit succeeds this one",
            description = "Administrators only. From effectiveAt the successor carries on this unit (all of it, or "
                    + "part of it: record one succession per successor for a split; several predecessors naming "
                    + "one successor is a merge). This unit ends then (its validTo becomes effectiveAt) and files no "
                    + "new incidents; its incidents keep their unitCode, gain the successor as currentUnitCode, are "
                    + "listed under the successor with includePredecessors=true and are read by the successor's "
                    + "reporters. Every successor of a unit takes over on the same day. Audited on both units and "
                    + "published as the unit.succession event. Answers this unit. If-Match is honoured.")
    @APIResponse(responseCode = "200", description = "This unit, now ended, with its successors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<UnitView> succession(@PathParam("code") @Parameter(description = "The predecessor's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @NotNull @Valid SuccessionData body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UnitView unit = successions.record(code, body, ifMatch);
        return ResponseBuilder.ok(unit).tag(ETags.of(unit.version())).build();
    }

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, UnitImportService.CSV})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importUnits", summary = "Create or change many units at once (CSV or JSON)",
            description = "Administrators only. The body is a JSON array of units or, with Content-Type text/csv, "
                    + "UTF-8 CSV with a header row naming the columns (code, name and type required; parentCode, "
                    + "validFrom, validTo, successorCodes separated by ';', successionNote). A unit whose code is "
                    + "registered is changed (its contacts are never touched), any other is created; a parent or "
                    + "successor may be registered or come anywhere in the file. A column or key left out keeps "
                    + "the registered value. successorCodes records successions effective on the row's validTo. "
                    + "With dryRun=true the answer says, line by line, what would be created, changed or refused, "
                    + "and nothing is written. Without it the import is all or nothing: any refused line answers "
                    + "400 naming every problem as lines[N].field (N: the CSV line, the header being line 1, or "
                    + "the position in the JSON array from 1), and nothing is written.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UnitImportRow.class)),
            @Content(mediaType = UnitImportService.CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "ngoclac", summary = "A province, a new commune and its "
                            + "predecessor town", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What was done, or with dryRun what would be done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitImportResult.class)))
    public UnitImportResult importUnits(
            @QueryParam("dryRun") @Parameter(description = "true: check and answer, write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        boolean dry = Boolean.TRUE.equals(EnumParams.parseBoolean("dryRun", dryRun));
        boolean csv = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(
                UnitImportService.CSV));
        return imports.run(imports.read(body == null ? new byte[0] : body, csv), dry);
    }
}
