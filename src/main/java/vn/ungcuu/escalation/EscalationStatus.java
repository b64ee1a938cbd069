package vn.ungcuu.escalation;

/** Where an escalation to the provincial response team stands. */
public enum EscalationStatus {
    PENDING, ACKNOWLEDGED, RETURNED, COMPLETED
}
