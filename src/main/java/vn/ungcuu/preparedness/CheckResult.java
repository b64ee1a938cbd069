package vn.ungcuu.preparedness;

/** What a check of equipment before use found. */
public enum CheckResult {
    PASSED,
    PASSED_WITH_REMARKS,
    FAILED
}
