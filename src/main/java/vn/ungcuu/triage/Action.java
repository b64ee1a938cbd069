package vn.ungcuu.triage;

import vn.ungcuu.incident.IncidentStatus;

/** The lifecycle actions of api.md and the status each leads to. */
public enum Action {
    TRIAGE(IncidentStatus.TRIAGED),
    START(IncidentStatus.IN_PROGRESS),
    ESCALATE(IncidentStatus.ESCALATED),
    RESOLVE(IncidentStatus.RESOLVED),
    CLOSE(IncidentStatus.CLOSED),
    REJECT(IncidentStatus.REJECTED),
    REOPEN(IncidentStatus.IN_PROGRESS);

    final IncidentStatus to;

    Action(IncidentStatus to) {
        this.to = to;
    }
}
