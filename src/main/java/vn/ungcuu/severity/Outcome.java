package vn.ungcuu.severity;

/** What a rule decides when it fires: the legal class, a severity level, or that escalation is required. */
public record Outcome(LegalClass legalClass, Severity severity, Boolean escalation) {

    @Override
    public String toString() {
        if (legalClass != null) {
            return "legalClass=" + legalClass;
        }
        if (severity != null) {
            return "severity=" + severity;
        }
        return Boolean.TRUE.equals(escalation) ? "escalationRequired" : "none";
    }
}
