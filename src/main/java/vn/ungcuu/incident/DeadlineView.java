package vn.ungcuu.incident;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regulatory clock as shown on an incident. */
@Schema(name = "Deadline")
public record DeadlineView(
        DeadlineKind kind,
        Instant dueAt,
        @Schema(nullable = true) Instant metAt,
        @Schema(description = "Met late, or not met and already past due") boolean breached) {

    static DeadlineView of(Deadline deadline, Instant now) {
        return new DeadlineView(deadline.kind, deadline.dueAt, deadline.metAt, deadline.breachedAt(now));
    }
}
