package vn.ungcuu.severity;

/** The class under Decision 05/2017 Art. 9; a SERIOUS incident must reach the provincial team. */
public enum LegalClass {
    NORMAL, SERIOUS
}
