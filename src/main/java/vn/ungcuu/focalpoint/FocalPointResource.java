package vn.ungcuu.focalpoint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import vn.ungcuu.security.Roles;
import vn.ungcuu.unit.UnitData;

@Path("/api/v1/units/{code}")
@Tag(name = "Focal points", description = "A unit's contacts (ATTT/ANM lead, incident-response focal point, 24/7 "
        + "contact, public intake address), their history, their declarations to the authority, and the obligation "
        + "to declare a new focal point")
@Produces(MediaType.APPLICATION_JSON)
public class FocalPointResource {

    @Inject
    FocalPointService service;

    @Context
    UriInfo uri;

    @GET
    @Path("/contacts")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getUnitContacts", summary = "Read a unit's contacts and their declarations",
            description = "One entry per role, with since when it is what it is and when it was last declared to "
                    + "the authority (Decree 330/2026 Art. 21 fines an undeclared or stale focal point), and the "
                    + "unit's open obligations. A reporter reads its own unit only (another: 404).")
    @APIResponse(responseCode = "200", description = "The unit's contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactRegisterView.class)))
    public ContactRegisterView contacts(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code) {
        return service.register(code);
    }

    @PUT
    @Path("/contacts/{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceUnitContact", summary = "Set a unit's 24/7 contact or incident-intake address",
            description = "Administrators only. CONTACT_24_7 and INCIDENT_INTAKE are kept here; SECURITY_LEAD and "
                    + "FOCAL_POINT are the unit's securityLead and focalPoint, changed with PUT /units/{code} (400 "
                    + "here). At least one of phone, email and address. A change is appended to the history and "
                    + "audited on the unit (CONTACT_CHANGED); the same contact again writes nothing.")
    @APIResponse(responseCode = "200", description = "The unit's contacts after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContactRegisterView.class)))
    public ContactRegisterView replace(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @PathParam("role") @Parameter(description = "The contact's role: CONTACT_24_7 or INCIDENT_INTAKE (the "
                    + "other two are the unit's own fields)", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^(SECURITY_LEAD|FOCAL_POINT|CONTACT_24_7|INCIDENT_INTAKE)$")) String role,
            @NotNull @Valid RegisterContact body) {
        return service.replace(code, requireRole(role), body);
    }

    @GET
    @Path("/contacts/history")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listUnitContactHistory", summary = "List every change of a unit's contacts",
            description = "Oldest first, keyset-paged; the lead and the focal point from when this register began.")
    public RestResponse<Page<ContactChangeView>> history(@PathParam("code") @Parameter(description = "The unit's "
            + "code", schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.history(code, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "recordUnitDeclaration", summary = "Record a declaration of the unit's contacts",
            description = "What the unit sent to the authority, and when (not in the future): it declares the "
                    + "contacts as they stood then, and meets every open FOCAL_POINT_DECLARATION of the unit that "
                    + "started at or before declaredAt (after its due time: met, and breached); they are listed in "
                    + "met. The unit's reporter, coordinators and administrators. Never changed. Audited on the unit "
                    + "(CONTACTS_DECLARED).")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeclarationView.class)))
    public Response declare(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @NotNull @Valid NewDeclaration body) {
        DeclarationView declaration = service.declare(code, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/units").path(declaration.unitCode())
                .path("declarations").path(declaration.id().toString()).build()).entity(declaration).build();
    }

    @GET
    @Path("/declarations")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listUnitDeclarations", summary = "List a unit's declarations",
            description = "Oldest first (by declaredAt), keyset-paged.")
    public RestResponse<Page<DeclarationView>> declarations(@PathParam("code") @Parameter(description = "The unit's "
            + "code", schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.declarations(code, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/declarations/{declarationId}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getUnitDeclaration", summary = "Read a unit's declaration")
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeclarationView.class)))
    public DeclarationView declaration(@PathParam("code") @Parameter(description = "The unit's code",
            schema = @Schema(type = SchemaType.STRING, pattern = UnitData.CODE_PATTERN)) String code,
            @PathParam("declarationId") String declarationId) {
        return service.declaration(code, PathIds.uuid(declarationId, "Declaration"));
    }

    private static ContactRole requireRole(String role) {
        ContactRole parsed = EnumParams.parse("role", role, ContactRole.class);
        if (parsed == null) {
            throw vn.ungcuu.problem.ApiException.invalid("role", "is required");
        }
        return parsed;
    }
}
