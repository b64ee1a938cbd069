package vn.ungcuu.triage;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.incident.IncidentView;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}")
@Tag(name = "Triage", description = "The lifecycle, the severity assessment and the regulatory deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionResource {

    @Inject
    TransitionService transitions;

    @Inject
    AssessmentService assessments;

    @Inject
    RegimeChangeService regimeChanges;

    @GET
    @Path("/transitions")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listTransitions", summary = "List the actions the caller may take now",
            description = "Empty when the caller may not transition the incident (reporters, auditors, ...).")
    public List<TransitionOption> options(@PathParam("id") String id) {
        return transitions.options(PathIds.uuid(id, "Incident"));
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({Roles.COORDINATOR, Roles.RESPONDER})
    @Operation(operationId = "transitionIncident", summary = "Take a lifecycle action",
            description = "TRIAGE (after an assessment), START, ESCALATE (reason; creates a PENDING escalation), "
                    + "RESOLVE (resolution), CLOSE (endReport), REJECT (reason, optional duplicateOf), REOPEN "
                    + "(reason). Coordinators do all; responders START and RESOLVE what is assigned to them. "
                    + "An action not possible now is a 409 listing allowedActions; If-Match is honoured.")
    @APIResponse(responseCode = "200", description = "The incident after the action, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public RestResponse<IncidentView> transition(@PathParam("id") String id, @NotNull @Valid TransitionRequest body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IncidentView incident = transitions.perform(PathIds.uuid(id, "Incident"), body, ifMatch);
        return ResponseBuilder.ok(incident).tag(ETags.of(incident.version())).build();
    }

    @GET
    @Path("/assessment")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAssessment", summary = "Read the incident's severity assessment",
            description = "404 until the incident has been assessed.")
    public AssessmentView assessment(@PathParam("id") String id) {
        return assessments.get(PathIds.uuid(id, "Incident"));
    }

    @PUT
    @Path("/assessment")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "assessIncident", summary = "Assess the incident's severity",
            description = "Classifies with the criteria in force (GET /severity/criteria) and explains itself in "
                    + "matchedRules. An override changes severity only, never legalClass, and needs a justification. "
                    + "Coordinators only. If-Match is honoured against the incident's ETag.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public AssessmentView assess(@PathParam("id") String id, @NotNull @Valid AssessmentInputs body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return assessments.assess(PathIds.uuid(id, "Incident"), body, ifMatch);
    }

    @PUT
    @Path("/regime")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "changeIncidentRegime", summary = "Hand the incident to another regime version",
            description = "An incident is handled under the regime in force on the day it was detected; a coordinator "
                    + "may hand it to another stored version (GET /regimes) with a justification. Its open "
                    + "obligations are recomputed from the new regime; met and waived ones stay. Audited as "
                    + "REGIME_CHANGE. 409 when the incident is CLOSED or REJECTED, or already under that version. "
                    + "Coordinators only; If-Match is honoured.")
    @APIResponse(responseCode = "200", description = "The incident under its new regime, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<IncidentView> changeRegime(@PathParam("id") String id, @NotNull @Valid RegimeChange body,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IncidentView incident = regimeChanges.change(PathIds.uuid(id, "Incident"), body, ifMatch);
        return ResponseBuilder.ok(incident).tag(ETags.of(incident.version())).build();
    }
}
