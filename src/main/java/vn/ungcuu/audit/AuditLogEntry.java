package vn.ungcuu.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as {@code GET /audit} shows it: the entry and, once sealed, its place in the hash chain. */
@Schema(name = "AuditLogEntry")
public record AuditLogEntry(
        @Schema(example = "1051") long id,
        @Schema(example = "2026-03-02T01:15:00Z") Instant at,
        @Schema(description = "The actor's id (the token's sub)", example = "u-coordinator-1") String actor,
        @Schema(example = "UPDATE") String action,
        @Schema(example = "INCIDENT") String entityType,
        String entityId,
        List<FieldChange> changes,
        @Schema(nullable = true) String requestId,
        @Schema(nullable = true, description = "Position in the hash chain; null until the entry is sealed",
                example = "1051") Long chainPosition,
        @Schema(nullable = true, description = "SHA-256 (hex) of the previous position's hash and this entry's "
                + "canonical form; null until the entry is sealed",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String chainHash) {

    static AuditLogEntry of(AuditRecord entry, Long chainPosition, String chainHash) {
        return new AuditLogEntry(entry.id(), entry.at(), entry.actor(), entry.action(), entry.entityType(),
                entry.entityId(), entry.changes(), entry.requestId(), chainPosition, chainHash);
    }
}
