package vn.ungcuu.unit;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.paging.Page;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.Roles;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Communes, towns, offices and the bodies they report to, with their ATTT contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listUnits", summary = "List units",
            description = "Units ordered by code. A reporter sees its own unit only.")
    public RestResponse<Page<UnitView>> list(
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor,
            @QueryParam("type") @Parameter(description = "Only units of this type",
                    schema = @Schema(implementation = UnitType.class)) String type,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) units",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        return PageLinks.ok(service.list(PageRequest.of(limit, cursor), EnumParams.parse("type", type, UnitType.class),
                EnumParams.parseBoolean("active", active)), uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getUnit", summary = "Read a unit")
    public RestResponse<UnitView> get(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code) {
        UnitView unit = service.get(code);
        return ResponseBuilder.ok(unit).tag(ETags.of(unit.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnit", summary = "Register a unit",
            description = "Administrators only. A code already taken answers 409.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    public RestResponse<UnitView> create(@NotNull @Valid UnitData body) {
        UnitView unit = service.create(body);
        return ResponseBuilder.<UnitView>created(uri.getBaseUriBuilder().path("api/v1/units").path(unit.code()).build())
                .tag(ETags.of(unit.version())).entity(unit).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceUnit", summary = "Replace a unit",
            description = "Administrators only. Replaces every field; If-Match is honoured (412 when stale). A "
                    + "unit with recorded successors keeps their effective day as validTo: omit it or give that day "
                    + "(another day: 409).")
    @APIResponse(responseCode = "200", description = "The unit as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<UnitView> replace(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @NotNull @Valid UnitData body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UnitView unit = service.replace(code, body, ifMatch);
        return ResponseBuilder.ok(unit).tag(ETags.of(unit.version())).build();
    }
}
