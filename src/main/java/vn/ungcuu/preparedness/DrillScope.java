package vn.ungcuu.preparedness;

/** Whose drill it was. */
public enum DrillScope {
    /** Organised by the unit (or the province) itself. */
    OWN,
    /** A national drill the unit took part in. */
    NATIONAL
}
