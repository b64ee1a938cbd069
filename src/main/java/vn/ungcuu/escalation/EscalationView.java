package vn.ungcuu.escalation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An escalation as the API answers it. */
@Schema(name = "Escalation")
public record EscalationView(
        UUID id,
        UUID incidentId,
        EscalationStatus status,
        String reason,
        Instant createdAt,
        String createdBy,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) String acknowledgedBy,
        @Schema(nullable = true) Instant completedAt,
        @Schema(nullable = true) Instant returnedAt,
        @Schema(nullable = true) String returnReason,
        InitialReport initialReport,
        Instant updatedAt,
        long version) {
}
