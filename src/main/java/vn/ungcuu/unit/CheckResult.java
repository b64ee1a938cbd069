package vn.ungcuu.unit;

/** What a check of a system found. */
public enum CheckResult {
    PASSED, PASSED_WITH_FINDINGS, FAILED
}
