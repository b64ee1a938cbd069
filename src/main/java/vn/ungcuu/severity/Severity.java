package vn.ungcuu.severity;

/** The district's local severity scale (its own convention, see the criteria resource). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
