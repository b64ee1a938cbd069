package vn.ungcuu.escalation;

import java.time.Instant;
import java.util.UUID;
import vn.ungcuu.audit.Changes;

/**
 * A step of the provincial team on an escalation, told to whoever keeps the incident's timeline and
 * lifecycle (a synchronous CDI event, in the step's transaction).
 *
 * @param action the escalation's audit action, e.g. {@code ACKNOWLEDGE} or {@code RETURN}
 * @param timeline the step's changes as the incident's history shows them ({@code escalation.*} fields)
 * @param handsIncidentBack the provincial team returned the incident to the local coordinators
 */
public record ProvincialStep(UUID incidentId, String action, Changes timeline, boolean handsIncidentBack,
        Instant at) {
}
