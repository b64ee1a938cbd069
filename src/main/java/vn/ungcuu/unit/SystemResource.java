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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.paging.Page;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import vn.ungcuu.http.EnumParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.http.ETags;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.security.Roles;

@Path("/api/v1/systems")
@Tag(name = "Information systems", description = "The units' information systems and their security levels (cấp độ 1-5)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SystemResource {

    static final String CSV = "text/csv";

    static final String CSV_EXAMPLE = """
            unitCode,name,securityLevel,levelCriterion,owner,operator,approvalStatus,handlesAdministrativeProcedures,basicDataSubjects
            XA-NGOCLAC,Hệ thống một cửa điện tử xã Ngọc Lặc,3,Điều 13 khoản 1,UBND xã Ngọc Lặc,Văn phòng HĐND và UBND xã,APPROVED,true,42000
            XA-NGOCLAC,Trang thông tin điện tử xã Ngọc Lặc,1,Điều 11,UBND xã Ngọc Lặc,Văn phòng HĐND và UBND xã,DRAFTING,false,0
            """;

    @Inject
    SystemService service;

    @Inject
    SystemImportService imports;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listSystems", summary = "List information systems",
            description = "Ordered by creation. A reporter sees its own unit's systems only. With warning, only "
                    + "the systems carrying one of the warnings named (repeatable, or comma-separated).")
    public RestResponse<Page<SystemView>> list(
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor,
            @QueryParam("unitCode") @Parameter(description = "Only systems of this unit") String unitCode,
            @QueryParam("warning") @Parameter(description = "Only systems carrying one of these warnings "
                    + "(LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES, LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS, "
                    + "LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS, DECREE_85_APPROVAL_EXPIRES, "
                    + "DECREE_85_APPROVAL_LAPSED)")
            List<String> warning) {
        return PageLinks.ok(service.list(PageRequest.of(limit, cursor), unitCode,
                EnumParams.parseAll("warning", warning, SystemWarning.class)), uri);
    }

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importSystems", summary = "Register or update many information systems at once",
            description = "Administrators. A JSON array of systems (SystemInput), "
                    + "or CSV (text/csv, UTF-8, a header row naming the same fields, RFC 4180 quoting; no checks "
                    + "column; an empty cell is a field left out). A line names a system by unitCode and name: a unit without a system of that name gets a new one, one with such a "
                    + "system has it changed like a PUT (the register's fields left out keep their values), one with "
                    + "several is refused (rename them first). With "
                    + "dryRun=true the answer says, line by line, what would be created, changed or refused, and "
                    + "nothing is written. Without it the import is all or nothing: one refused line and the answer "
                    + "is a 400 naming every error of every line as lines[N].field, N being the CSV line (the "
                    + "header is line 1) or the position in the JSON array (from 1). Each system created or "
                    + "changed has its audit entry.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = SystemData.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 CSV with a header row"), examples = @ExampleObject(name = "communes",
                    summary = "Two systems of a commune", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Imported, or (dryRun) what the import would do",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SystemImportResult.class)))
    public SystemImportResult importSystems(String body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") @Parameter(description = "true: answer what would be done, write nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        boolean dry = Boolean.TRUE.equals(EnumParams.parseBoolean("dryRun", dryRun));
        boolean csv = contentType != null && MediaType.valueOf(contentType).isCompatible(
                MediaType.valueOf(CSV));
        return csv ? imports.importCsv(body, dry) : imports.importJson(body, dry);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getSystem", summary = "Read an information system")
    public RestResponse<SystemView> get(@PathParam("id") String id) {
        SystemView system = service.get(PathIds.uuid(id, "Information system"));
        return ResponseBuilder.ok(system).tag(ETags.of(system.version())).build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createSystem", summary = "Register an information system",
            description = "Administrators and coordinators.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the system",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SystemView.class)))
    public RestResponse<SystemView> create(@NotNull @Valid SystemData body) {
        SystemView system = service.create(body);
        return ResponseBuilder.<SystemView>created(uri.getBaseUriBuilder().path("api/v1/systems").path(system.id().toString()).build())
                .tag(ETags.of(system.version())).entity(system).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceSystem", summary = "Replace an information system",
            description = "Administrators and coordinators. If-Match is honoured (412 when stale).")
    public RestResponse<SystemView> replace(@PathParam("id") String id, @NotNull @Valid SystemData body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SystemView system = service.replace(PathIds.uuid(id, "Information system"), body, ifMatch);
        return ResponseBuilder.ok(system).tag(ETags.of(system.version())).build();
    }
}
