package vn.ungcuu.authority;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.Roles;

@Path("/api/v1/authorities")
@Tag(name = "Authorities", description = "The bodies official reports go to (police, ministry, department, response "
        + "team), with their contact channels: deployment data an administrator keeps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    @Inject
    AuthorityService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAuthorities", summary = "List authorities",
            description = "Ordered by code; every authenticated caller. The defaults of the 2026 regime (PA05, A05, "
                    + "PDP, SKHCN, RESPONSE-TEAM) are there from the start, their channels filled in by the "
                    + "deploying body.")
    public RestResponse<Page<AuthorityView>> list(
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor,
            @QueryParam("active") @Parameter(description = "Only active (true) or inactive (false) authorities",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active) {
        return PageLinks.ok(service.list(PageRequest.of(limit, cursor), EnumParams.parseBoolean("active", active)),
                uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAuthority", summary = "Read an authority")
    @APIResponse(responseCode = "200", description = "The authority, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityView.class)))
    public RestResponse<AuthorityView> get(@PathParam("code") @Parameter(description = "The authority's code",
            schema = @Schema(type = SchemaType.STRING, pattern = AuthorityInput.CODE_PATTERN)) String code) {
        AuthorityView authority = service.get(code);
        return ResponseBuilder.ok(authority).tag(ETags.of(authority.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAuthority", summary = "Register an authority",
            description = "Administrators only. A code already taken answers 409.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the authority",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityView.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    public RestResponse<AuthorityView> create(@NotNull @Valid AuthorityInput body) {
        AuthorityView authority = service.create(body);
        return ResponseBuilder.<AuthorityView>created(uri.getBaseUriBuilder().path("api/v1/authorities")
                        .path(authority.code()).build())
                .tag(ETags.of(authority.version())).entity(authority).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceAuthority", summary = "Replace an authority",
            description = "Administrators only. Replaces the names, the channels and active (there is no delete: "
                    + "deactivate an authority no longer in use); a PUT changing nothing writes nothing. If-Match is "
                    + "honoured (412 when stale).")
    @APIResponse(responseCode = "200", description = "The authority, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthorityView.class)))
    public RestResponse<AuthorityView> replace(@PathParam("code") @Parameter(description = "The authority's code",
            schema = @Schema(type = SchemaType.STRING, pattern = AuthorityInput.CODE_PATTERN)) String code,
            @NotNull @Valid AuthorityInput body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        AuthorityView authority = service.replace(code, body, ifMatch);
        return ResponseBuilder.ok(authority).tag(ETags.of(authority.version())).build();
    }
}
