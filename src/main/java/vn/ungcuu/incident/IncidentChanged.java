package vn.ungcuu.incident;

import java.util.List;
import java.util.UUID;
import vn.ungcuu.audit.FieldChange;

/**
 * Fired (synchronously, inside the transaction) whenever an incident changes, so that other features
 * can react without the incident feature knowing them, e.g. telling the provincial team.
 */
public record IncidentChanged(UUID incidentId, String reference, String action, List<FieldChange> changes) {
}
