package vn.ungcuu.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The official reports a unit already sent for an incident: an obligation that starts after the report that
 * meets it was sent (an initial notice sent before the assessment called the incident serious) is met by it
 * at once. Owned here, where the rule is applied, and answered by the official-report feature, so that
 * {@code incident} does not depend on it.
 */
public interface SentReports {

    /** The earliest report of one of these kinds sent for the incident (corrections left out). */
    Optional<Sent> earliest(UUID incidentId, Collection<String> kinds);

    record Sent(UUID id, Instant sentAt) {
    }
}
