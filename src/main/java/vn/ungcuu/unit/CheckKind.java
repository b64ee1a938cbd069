package vn.ungcuu.unit;

/** A check of a system before it is put into use (the plan, II.4), or a periodic one. */
public enum CheckKind {
    BEFORE_USE, PERIODIC
}
