package vn.ungcuu.incident;

/** The regulatory clocks an incident carries. */
public enum DeadlineKind {
    NOTIFY, INITIAL_REPORT, END_REPORT
}
