package vn.ungcuu.unit;

/** What an import does, or would do, with one of its lines. */
public enum ImportAction {
    /** A new system. */
    CREATE,
    /** A registered system whose fields change. */
    CHANGE,
    /** A registered system that already holds what the line says. */
    UNCHANGED,
    /** A line that cannot be imported: its errors say why; without dryRun, the whole import is refused. */
    REFUSE
}
