package vn.ungcuu.incident;

/** The lifecycle states (api.md, Lifecycle). */
public enum IncidentStatus {
    NEW, TRIAGED, IN_PROGRESS, ESCALATED, RESOLVED, CLOSED, REJECTED
}
