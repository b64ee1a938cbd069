package vn.ungcuu.people;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

@Path("/api/v1/people")
@Tag(name = "People", description = "The people who have used the service, as their tokens named them")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    PeopleDirectory directory;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    @Path("/me/notifications")
    @Authenticated
    @Operation(operationId = "getMyNotificationSettings", summary = "Read whether the service e-mails you",
            description = "On until you turn it off. Any signed-in caller, for themselves.")
    @APIResponse(responseCode = "200", description = "Your choice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationSettings.class)))
    public NotificationSettings mySettings() {
        return directory.settings(user.id());
    }

    @PUT
    @Path("/me/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "replaceMyNotificationSettings", summary = "Turn your e-mail on or off",
            description = "Any signed-in caller, for themselves. With email false the service sends you nothing "
                    + "but the warnings that a legal deadline is near or has passed (an obligation of an incident "
                    + "you are assigned, or of your unit when you are its focal point): those cannot be turned off. "
                    + "A change is audited on the person (NOTIFICATIONS_CHANGED); the same choice again changes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "Your choice, as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationSettings.class)))
    public NotificationSettings replaceMySettings(@NotNull @Valid NotificationSettings body) {
        return directory.choose(Claims.of(user), body.email());
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listPeople", summary = "List people",
            description = "Everyone who has called the service, by name, as their token last named them (sub, name "
                    + "or preferred_username, email, unit, roles): a person appears after their first call and "
                    + "changes when their claims do. For showing names and picking an assignee (its id is what "
                    + "assignee takes). Staff roles; not reporters.")
    public RestResponse<Page<PersonView>> list(
            @QueryParam("role") @Parameter(description = "Only people whose token carried this role",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {Roles.REPORTER, Roles.COORDINATOR,
                            Roles.RESPONDER, Roles.PROVINCIAL, Roles.AUDITOR, Roles.ADMIN})) String role,
            @QueryParam("unitCode") @Parameter(description = "Only people of this unit") String unitCode,
            @QueryParam("id") @Parameter(description = "Only these people (token subjects; repeatable, at most 100): "
                    + "names for the ids a screen shows, in one call",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 100))
            java.util.List<String> ids,
            @QueryParam("q") @Parameter(description = "Only people whose name or id contains this text (any case)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String text,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        if (role != null && !Roles.ALL.contains(role)) {
            throw ApiException.invalid("role", "must be one of " + Roles.ALL);
        }
        if (text != null && text.length() > 100) {
            throw ApiException.invalid("q", "must be at most 100 characters");
        }
        java.util.List<String> chosen = vn.ungcuu.http.EnumParams.split(ids);
        if (chosen.size() > 100) {
            throw ApiException.invalid("id", "must name at most 100 people");
        }
        return PageLinks.ok(directory.list(role, blankToNull(unitCode), chosen, blankToNull(text),
                PageRequest.of(limit, cursor)), uri);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
