package vn.ungcuu.notification;

import java.util.List;

/**
 * The coordinators' daily digest, as its templates read it: the figures for the whole province at the time it was
 * written, and the first rows of each list (TLP:RED incidents by reference and link only, state-secret ones without
 * their title).
 *
 * @param open obligations still open
 * @param overdue of those, the ones past their due time (breached, still unmet)
 * @param breachedLastDay obligations marked breached in the 24 hours before the digest
 * @param awaitingAcknowledgement escalations the provincial team has not acknowledged yet
 */
public record Digest(When day, When at, long open, long overdue, long breachedLastDay, long awaitingAcknowledgement,
        List<Obligation> obligations, List<Waiting> escalations, String link) {

    /** An open obligation; null parts when its incident is TLP:RED. */
    public record Obligation(String reference, String title, Words obligation, When due, boolean overdue,
            String link) {
    }

    /** An escalation awaiting acknowledgement. */
    public record Waiting(String reference, String title, When since, String link) {
    }

    /** Whether the lists show every row, or the first ones only. */
    public boolean allObligationsShown() {
        return obligations.size() == open;
    }

    public boolean allEscalationsShown() {
        return escalations.size() == awaitingAcknowledgement;
    }
}
