package vn.ungcuu.incident;

import java.util.UUID;

/**
 * Which incidents were ever escalated: the provincial team reads those and nothing else. Owned here,
 * where the rule is applied, and answered by the escalation feature, so that {@code incident} does not
 * depend on it.
 */
public interface EscalatedIncidents {

    boolean wasEscalated(UUID incidentId);

    /** An HQL condition that holds for the incident of the given alias when it was ever escalated. */
    String wasEscalatedCondition(String incidentAlias);
}
