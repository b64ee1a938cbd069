package vn.ungcuu.audit;

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
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageLinks;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.Roles;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only audit log and its tamper-evident hash chain")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditSearch search;

    @Inject
    AuditVerifier verifier;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAuditEntries", summary = "List audit entries",
            description = "Every audit entry of the service, oldest first (by time, then id), keyset-paged. Each "
                    + "entry carries its hash chain position and hash once sealed (usually within a second of its "
                    + "commit), null before. Filters combine with AND; repeated values of one filter with OR.")
    public RestResponse<Page<AuditLogEntry>> list(
            @QueryParam("entityType") @Parameter(description = "Any of these entity types, e.g. INCIDENT, UNIT, "
                    + "SYSTEM, ESCALATION (repeatable or comma-separated)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            List<String> entityType,
            @QueryParam("entityId") @Parameter(description = "Any of these entity ids (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            List<String> entityId,
            @QueryParam("actor") @Parameter(description = "Any of these actors, the tokens' sub (repeatable)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            List<String> actor,
            @QueryParam("action") @Parameter(description = "Any of these actions, e.g. CREATE, UPDATE, TRIAGE "
                    + "(repeatable or comma-separated)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            List<String> action,
            @QueryParam("from") @Parameter(description = "Entries at or after this RFC 3339 time (encode '+' as %2B)",
                    example = "2026-03-01T00:00:00+07:00", schema = @Schema(type = SchemaType.STRING,
                    format = "date-time")) String from,
            @QueryParam("to") @Parameter(description = "Entries before this RFC 3339 time", example = "2026-04-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String to,
            @QueryParam("limit") @Parameter(description = "Page size, 1-500 (default 50)") String limit,
            @QueryParam("cursor") @Parameter(description = "Opaque cursor from nextCursor") String cursor) {
        AuditFilter filter = AuditFilter.parse(entityType, entityId, actor, action, from, to);
        return PageLinks.ok(search.list(filter, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit hash chain",
            description = "Seals the entries waiting for the background sealer, then recomputes every hash of the "
                    + "chain from the entries' current content (hash = SHA-256 of the previous hash and the entry's "
                    + "canonical form) and checks that every other entry is waiting to be sealed. Answers 200 "
                    + "either way: valid with the number of entries, or the first broken entry and why. Reads the "
                    + "whole chain: expect it to take a while on a large log.")
    public ChainVerification verify() {
        return verifier.verify();
    }
}
