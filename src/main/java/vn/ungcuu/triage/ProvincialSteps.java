package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.escalation.ProvincialStep;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.IncidentStatus;
import vn.ungcuu.security.CurrentUser;

/**
 * Puts the provincial team's steps on the incident's timeline; when the team returns an ESCALATED
 * incident, it goes back to IN_PROGRESS as the lifecycle's START would take it.
 */
@ApplicationScoped
class ProvincialSteps {

    @Inject
    IncidentRepository incidents;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    void onStep(@Observes ProvincialStep step) {
        Incident incident = step.handsIncidentBack()
                ? incidents.findById(step.incidentId(), LockModeType.PESSIMISTIC_WRITE)
                : incidents.findById(step.incidentId());
        Changes timeline = step.timeline();
        if (step.handsIncidentBack() && incident.status == IncidentStatus.ESCALATED) {
            timeline.field("status", incident.status, Action.START.to);
            incident.status = Action.START.to;
            incident.updatedAt = step.at();
        }
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "PROVINCIAL_" + step.action(), timeline,
                step.at());
    }
}
