package vn.ungcuu.playbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.EnumParams;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.http.PathIds;
import vn.ungcuu.security.Roles;

@Path("/api/v1/incidents/{id}/tasks")
@Tag(name = "Workspace")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    TaskService service;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listTasks", summary = "List an incident's tasks",
            description = "In order (position); whoever may read the incident.")
    public RestResponse<Page<TaskView>> list(@PathParam("id") String id,
            @QueryParam("status") @Parameter(description = "Any of these statuses (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
            List<String> status,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        return PageLinks.ok(service.list(PathIds.uuid(id, "Incident"),
                EnumParams.parseAll("status", status, TaskStatus.class), PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getTask", summary = "Read a task",
            description = "Whoever may read the incident, and the task's assignee.")
    @APIResponse(responseCode = "200", description = "The task, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public RestResponse<TaskView> get(@PathParam("id") String id, @PathParam("taskId") String taskId) {
        TaskView task = service.get(PathIds.uuid(id, "Incident"), PathIds.uuid(taskId, "Task"));
        return ResponseBuilder.ok(task).tag(ETags.of(task.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL})
    @Operation(operationId = "addTask", summary = "Add a task by hand",
            description = "Coordinators and the incident's assigned responder; others who may read the incident get "
                    + "403. Not on a CLOSED or REJECTED incident (409).")
    @APIResponse(responseCode = "201", description = "Added (OPEN, after the last task); Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<TaskView> add(@PathParam("id") String id, @NotNull @Valid NewTask body) {
        UUID incidentId = PathIds.uuid(id, "Incident");
        TaskView task = service.add(incidentId, body);
        return ResponseBuilder.<TaskView>created(uri.getBaseUriBuilder().path("api/v1/incidents")
                        .path(incidentId.toString()).path("tasks").path(task.id().toString()).build())
                .tag(ETags.of(task.version())).entity(task).build();
    }

    @PATCH
    @Path("/{taskId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.REPORTER, Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL})
    @Operation(operationId = "patchTask", summary = "Update a task (JSON merge patch)",
            description = "status (OPEN, DONE, SKIPPED; SKIPPED needs a note), note, and for coordinators and the "
                    + "incident's assigned responder also title, description and assignee; the task's assignee "
                    + "changes status and note. Not on a CLOSED or REJECTED incident (409). If-Match is honoured "
                    + "(412 when stale).")
    @RequestBody(content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TaskPatch.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPatch.class))})
    @APIResponse(responseCode = "200", description = "The task, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<TaskView> patch(@PathParam("id") String id, @PathParam("taskId") String taskId,
            @NotNull ObjectNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        TaskView task = service.patch(PathIds.uuid(id, "Incident"), PathIds.uuid(taskId, "Task"), patch, ifMatch);
        return ResponseBuilder.ok(task).tag(ETags.of(task.version())).build();
    }
}
