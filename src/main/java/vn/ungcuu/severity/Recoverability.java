package vn.ungcuu.severity;

/** What recovering from the incident takes. */
public enum Recoverability {
    REGULAR, SUPPLEMENTED, EXTENDED, NOT_RECOVERABLE
}
