package vn.ungcuu.severity;

/** The five impacts of Decision 05/2017 Art. 9 that can make an incident serious. */
public enum Impact {
    SERVICE_INTERRUPTION, SECRET_DATA_DISCLOSURE, IRRECOVERABLE_INTEGRITY_LOSS, LOSS_OF_CONTROL, CASCADING_EFFECT
}
