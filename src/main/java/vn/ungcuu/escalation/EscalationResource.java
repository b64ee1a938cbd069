package vn.ungcuu.escalation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.ungcuu.outbox.DeliveryView;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.security.Roles;

@Path("/api/v1/escalations")
@Tag(name = "Escalations", description = "The handshake with the provincial incident response team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationResource {

    @Inject
    EscalationService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.PROVINCIAL, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listEscalations", summary = "List escalations", description = "Newest first.")
    public RestResponse<Page<EscalationView>> list(
            @QueryParam("status") @Parameter(description = "Any of these statuses (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EscalationStatus.class))
            List<String> status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(EnumParams.parseAll("status", status, EscalationStatus.class),
                PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROVINCIAL, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getEscalation", summary = "Read an escalation, with its initial report")
    public RestResponse<EscalationView> get(@PathParam("id") String id) {
        return tagged(service.get(PathIds.uuid(id, "Escalation")));
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.PROVINCIAL, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listEscalationDeliveries", summary = "See how the escalation's webhooks were delivered",
            description = "Each event of the escalation with its status (PENDING, DELIVERED, DEAD), every attempt "
                    + "(time, HTTP status or error) and the next try.")
    public List<DeliveryView> deliveries(@PathParam("id") String id) {
        return service.deliveries(PathIds.uuid(id, "Escalation"));
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed(Roles.PROVINCIAL)
    @Operation(operationId = "acknowledgeEscalation", summary = "Acknowledge receipt (PENDING → ACKNOWLEDGED)")
    @APIResponse(responseCode = "200", description = "The acknowledged escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", ref = "EscalationConflict")
    public RestResponse<EscalationView> acknowledge(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(service.acknowledge(PathIds.uuid(id, "Escalation"), ifMatch));
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed(Roles.PROVINCIAL)
    @Operation(operationId = "postEscalationUpdate", summary = "Post an update",
            description = "The message appears on the incident's timeline (history). PENDING or ACKNOWLEDGED.")
    @APIResponse(responseCode = "200", description = "The escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", ref = "EscalationConflict")
    public RestResponse<EscalationView> update(@PathParam("id") String id, @NotNull @Valid EscalationMessage body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(service.update(PathIds.uuid(id, "Escalation"), body.message(), ifMatch));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.PROVINCIAL)
    @Operation(operationId = "completeEscalation", summary = "Complete the provincial part (ACKNOWLEDGED → COMPLETED)")
    @APIResponse(responseCode = "200", description = "The completed escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", ref = "EscalationConflict")
    public RestResponse<EscalationView> complete(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(service.complete(PathIds.uuid(id, "Escalation"), ifMatch));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.PROVINCIAL)
    @Operation(operationId = "returnEscalation", summary = "Return the incident to the district",
            description = "PENDING or ACKNOWLEDGED → RETURNED; an ESCALATED incident goes back to IN_PROGRESS.")
    @APIResponse(responseCode = "200", description = "The returned escalation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", ref = "EscalationConflict")
    public RestResponse<EscalationView> giveBack(@PathParam("id") String id, @NotNull @Valid EscalationReturn body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(service.returnToDistrict(PathIds.uuid(id, "Escalation"), body.reason(), ifMatch));
    }

    private static RestResponse<EscalationView> tagged(EscalationView escalation) {
        return ResponseBuilder.ok(escalation).tag(ETags.of(escalation.version())).build();
    }
}
