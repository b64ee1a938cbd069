package vn.ungcuu.severity;

/** What the classifier needs to know of a system the incident hit. */
public record AffectedSystem(int securityLevel, boolean nationalCritical) {
}
