package vn.ungcuu.incident;

/** The district's local severity scale. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
