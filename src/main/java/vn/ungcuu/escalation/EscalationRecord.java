package vn.ungcuu.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.ungcuu.incident.EscalatedIncidents;

/** Answers from the escalations themselves whether an incident was ever escalated. */
@ApplicationScoped
class EscalationRecord implements EscalatedIncidents {

    @Inject
    EscalationRepository escalations;

    @Override
    public boolean wasEscalated(UUID incidentId) {
        return escalations.existsFor(incidentId);
    }

    @Override
    public String wasEscalatedCondition(String incidentAlias) {
        return "exists (select 1 from Escalation e where e.incidentId = " + incidentAlias + ".id)";
    }
}
