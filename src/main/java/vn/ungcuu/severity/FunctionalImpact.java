package vn.ungcuu.severity;

/** How much the incident hampers the unit's work (after US-CERT's functional impact). */
public enum FunctionalImpact {
    NONE, LOW, MEDIUM, HIGH
}
