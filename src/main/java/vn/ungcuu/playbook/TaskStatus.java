package vn.ungcuu.playbook;

/** Where a task stands: open, done, or skipped (with a note saying why). */
public enum TaskStatus {
    OPEN, DONE, SKIPPED
}
