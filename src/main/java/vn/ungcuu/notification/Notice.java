package vn.ungcuu.notification;

import java.util.List;

/**
 * What one message says, as its templates read it. Built so that a template cannot leak what it must not say: for
 * a TLP:RED incident only the kind, the reference and the link are set; for a state-secret one neither the title,
 * the description nor any text people wrote (comments, notes, the provincial team's messages).
 *
 * @param restricted TLP:RED: the reference and the link, nothing else
 * @param stateSecret the incident holds state secrets: no title, description or written text
 * @param incident the incident's facts; null when restricted
 * @param actor who did what the message tells of (a name); null for the service itself, or when restricted
 * @param step the provincial team's step (ESCALATION_STEP)
 * @param report the official report recorded (REPORT_RECORDED)
 * @param due the obligation (DUE_SOON, DEADLINE_BREACHED)
 * @param text what a person wrote (a comment, a note, the provincial team's message or reason); null when it must
 *        not be sent
 */
public record Notice(NoticeKind kind, String reference, String link, boolean restricted, boolean stateSecret,
        Facts incident, String actor, EscalationStep step, Report report, Due due, String text) {

    // what the templates branch on (Qute compares values with equals: an enum is not its name)

    public boolean newIncident() {
        return kind == NoticeKind.INCIDENT_NEW;
    }

    public boolean assigned() {
        return kind == NoticeKind.INCIDENT_ASSIGNED;
    }

    /** A comment or an internal note: someone wrote something. */
    public boolean written() {
        return kind == NoticeKind.COMMENT || kind == NoticeKind.INTERNAL_NOTE;
    }

    public boolean dueSoon() {
        return kind == NoticeKind.DUE_SOON;
    }

    /** The provincial team handed the incident back (its text is a reason). */
    public boolean returned() {
        return step == EscalationStep.RETURN;
    }

    /** The incident as a message shows it. */
    public record Facts(String title, String description, String unit, Words category, Words status, String tlp,
            When detected, When reported, String reportedBy, String assignee, List<Clock> clocks) {
    }

    /** An open obligation: what, to whom, due when, already overdue or not. */
    public record Clock(Words title, String recipient, When due, boolean overdue) {
    }

    /** An official report: its kind, to whom, when and how it was sent, and which obligations it met. */
    public record Report(Words kind, String recipient, When sent, Words channel, String documentNumber,
            List<Words> met) {
    }

    /** The obligation a legal-deadline warning is about, and how long is left. */
    public record Due(Words title, String recipient, When due, When left, String legalBasis) {
    }
}
