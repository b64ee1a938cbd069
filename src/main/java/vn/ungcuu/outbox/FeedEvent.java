package vn.ungcuu.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as the pull feed shows it: the same body as the webhook, with its feed position. */
@Schema(name = "Event")
public record FeedEvent(
        @Schema(example = "42") long position,
        @Schema(description = "Also the webhook's X-UngCuu-Delivery") UUID id,
        @Schema(ref = EventType.NAME, example = "escalation.created") String type,
        Instant occurredAt,
        @Schema(description = "The event's data, as in the webhook body") JsonNode data) {
}
