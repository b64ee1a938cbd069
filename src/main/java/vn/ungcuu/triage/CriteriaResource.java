package vn.ungcuu.triage;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ungcuu.severity.Criteria;

@Path("/api/v1/severity/criteria")
@Tag(name = "Triage")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaResource {

    @Inject
    CriteriaStore store;

    @GET
    @Authenticated
    @Operation(operationId = "getSeverityCriteria", summary = "Read the severity criteria in force",
            description = "The versioned rules the classifier applies; any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The criteria document in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Criteria.class)))
    public String current() {
        return store.currentDocument();
    }
}
