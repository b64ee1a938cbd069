package vn.ungcuu.incident;

/** Where an obligation stands: running, met (by a transition or an official report), or waived with a reason. */
public enum ObligationStatus {
    OPEN, MET, WAIVED
}
