package vn.ungcuu.notification;

/** What a message tells of: its {@code kind} in the mail outbox, and the wording its templates choose. */
public enum NoticeKind {
    /** A new incident, to the coordinators. */
    INCIDENT_NEW,
    /** The copy of the receipt, to the unit's focal point. */
    INCIDENT_RECEIPT,
    /** An incident handed to someone, to them. */
    INCIDENT_ASSIGNED,
    /** The provincial team acknowledged, updated, returned or completed an escalation. */
    ESCALATION_STEP,
    /** An official report was recorded. */
    REPORT_RECORDED,
    /** A comment, to the reporter and the assignee. */
    COMMENT,
    /** A staff-only note, to the assignee when staff; never to a reporter. */
    INTERNAL_NOTE,
    /** An obligation is due soon: a legal-deadline warning, sent whatever a person chose. */
    DUE_SOON,
    /** An obligation passed its due time unmet: a legal-deadline warning, sent whatever a person chose. */
    DEADLINE_BREACHED,
    /** The coordinators' daily digest. */
    DAILY_DIGEST;

    /** The warnings nobody may turn off: a person who owes a report must hear its clock is running out. */
    boolean isLegalDeadline() {
        return this == DUE_SOON || this == DEADLINE_BREACHED;
    }
}
