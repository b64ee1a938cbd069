package vn.ungcuu.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it ({@code GET /incidents/{id}/history}). */
@Schema(name = "HistoryEntry")
public record AuditRecord(
        @Schema(example = "1051") long id,
        @Schema(example = "2026-03-02T01:15:00Z") Instant at,
        @Schema(description = "The actor's id (the token's sub)", example = "u-coordinator-1") String actor,
        @Schema(example = "UPDATE") String action,
        @Schema(example = "INCIDENT") String entityType,
        String entityId,
        List<FieldChange> changes,
        @Schema(nullable = true) String requestId) {
}
