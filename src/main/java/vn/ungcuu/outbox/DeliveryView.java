package vn.ungcuu.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of an escalation and how its webhook delivery went. */
@Schema(name = "Delivery")
public record DeliveryView(
        @Schema(description = "The event id, sent as X-UngCuu-Delivery") UUID id,
        @Schema(ref = EventType.NAME, example = "escalation.created") String type,
        Instant occurredAt,
        @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "DELIVERED", "DEAD"}, example = "DELIVERED")
        String status,
        int attempts,
        @Schema(nullable = true, description = "When the next try is due (PENDING only)") Instant nextAttemptAt,
        @Schema(nullable = true) Instant deliveredAt,
        List<Attempt> history) {

    /** One delivery attempt. */
    @Schema(name = "DeliveryAttempt")
    public record Attempt(Instant at, @Schema(nullable = true) Integer statusCode,
            @Schema(nullable = true) String error, int durationMs) {
    }
}
