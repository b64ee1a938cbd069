package vn.ungcuu.severity;

/** Which kind of information the incident touched. */
public enum InformationImpact {
    NONE, PRIVACY, PROPRIETARY, INTEGRITY, STATE_SECRET
}
