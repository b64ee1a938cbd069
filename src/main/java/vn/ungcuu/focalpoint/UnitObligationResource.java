package vn.ungcuu.focalpoint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.UnitCodes;
import vn.ungcuu.unit.UnitData;

@Path("/api/v1/unit-obligations")
@Tag(name = "Focal points")
@Produces(MediaType.APPLICATION_JSON)
public class UnitObligationResource {

    @Inject
    FocalPointService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listUnitObligations", summary = "List the units' obligations (focal-point declarations)",
            description = "By due time, keyset-paged; overdue=true lists those still open past their due time (a "
                    + "focal point not declared in time). A reporter sees its own unit's only.")
    public RestResponse<Page<UnitObligationView>> list(
            @QueryParam("unitCode") @Parameter(description = "Only this unit's", schema = @Schema(
                    type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String unitCode,
            @QueryParam("status") @Parameter(description = "OPEN or MET", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "MET"})) String status,
            @QueryParam("overdue") @Parameter(description = "Only those open past due (true), or none of them (false)",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        if (status != null && !List.of(UnitObligation.OPEN, UnitObligation.MET).contains(status)) {
            throw ApiException.invalid("status", "must be OPEN or MET");
        }
        return PageLinks.ok(service.obligations(unitCode == null ? null : UnitCodes.requireValidFilter("unitCode",
                unitCode), status, EnumParams.parseBoolean("overdue", overdue), PageRequest.of(limit, cursor)), uri);
    }
}
