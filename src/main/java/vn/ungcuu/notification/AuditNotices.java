package vn.ungcuu.notification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ungcuu.audit.AuditRecorded;
import vn.ungcuu.audit.FieldChange;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.people.MailContact;
import vn.ungcuu.people.PeopleDirectory;

/**
 * Who hears what, decided from the audit entry of each change, in its transaction: a message is queued if and only
 * if the change commits, once per entry and notice (the dedup key {@code audit:<entry>:<kind>}).
 *
 * <ul>
 * <li>{@code CREATE}: the coordinators' mailbox ({@code INCIDENT_NEW}) and the unit's focal point (a copy of the
 * receipt, {@code INCIDENT_RECEIPT});</li>
 * <li>{@code UPDATE} setting the assignee: that person;</li>
 * <li>{@code PROVINCIAL_ACKNOWLEDGE}, {@code _UPDATE}, {@code _RETURN}, {@code _COMPLETE}: the mailbox and the
 * assignee (the escalation's own entries say the same and are not used);</li>
 * <li>{@code REPORT_RECORDED}: the mailbox;</li>
 * <li>{@code COMMENT}: the reporter and the assignee; {@code COMMENT_INTERNAL}: the assignee when staff, never
 * the reporter;</li>
 * <li>{@code DEADLINE_BREACHED}: the assignee, the mailbox and the unit's focal point, whatever they chose.</li>
 * </ul>
 */
@ApplicationScoped
class AuditNotices {

    private static final Pattern MET = Pattern.compile("deadline\\.(.+)\\.metAt");
    private static final Pattern BREACHED = Pattern.compile("deadline\\.(.+)\\.breachedAt");

    @Inject
    IncidentRepository incidents;

    @Inject
    Notices notices;

    @Inject
    Recipients recipients;

    @Inject
    NoticeQueue noticeQueue;

    @Inject
    Times times;

    @Inject
    PeopleDirectory people;

    void onAudit(@Observes AuditRecorded entry) {
        if (!Incident.AUDIT_TYPE.equals(entry.entityType())) {
            return;
        }
        switch (entry.action()) {
            case "CREATE" -> created(entry);
            case "UPDATE" -> entry.changed("assignee").map(JsonNode::asText).ifPresent(to -> assigned(entry, to));
            case "COMMENT" -> comment(entry, false);
            case Incident.INTERNAL_NOTE_ACTION -> comment(entry, true);
            case "REPORT_RECORDED" -> report(entry);
            case "DEADLINE_BREACHED" -> breached(entry);
            default -> EscalationStep.ofAction(entry.action()).ifPresent(step -> escalation(entry, step));
        }
    }

    private void created(AuditRecorded entry) {
        incident(entry).ifPresent(incident -> {
            queue(entry, incident, new Audience().mailbox(), NoticeKind.INCIDENT_NEW,
                    kind -> notices.of(kind, incident, entry.at(), entry.actor(), null, null, null, null, true));
            queue(entry, incident, new Audience().contact(notices.focalPoint(incident)), NoticeKind.INCIDENT_RECEIPT,
                    kind -> notices.of(kind, incident, entry.at(), entry.actor(), null, null, null, null, false));
        });
    }

    private void assigned(AuditRecorded entry, String assignee) {
        incident(entry).ifPresent(incident -> queue(entry, incident, new Audience().person(assignee),
                NoticeKind.INCIDENT_ASSIGNED,
                kind -> notices.of(kind, incident, entry.at(), entry.actor(), null, null, null, null, true)));
    }

    private void comment(AuditRecorded entry, boolean internal) {
        incident(entry).ifPresent(incident -> {
            String body = entry.changed("comment.body").map(JsonNode::asText).orElse(null);
            Audience audience = new Audience();
            if (internal) {
                // the assignee only when staff, and never the reporter (even a staff reporter: the rule is simple)
                if (incident.assignee != null && !incident.assignee.equals(incident.reportedBy)
                        && people.contact(incident.assignee).map(MailContact::seesInternalNotes).orElse(false)) {
                    audience.person(incident.assignee);
                }
            } else {
                audience.person(incident.reportedBy).person(incident.assignee);
            }
            queue(entry, incident, audience, internal ? NoticeKind.INTERNAL_NOTE : NoticeKind.COMMENT,
                    kind -> notices.of(kind, incident, entry.at(), entry.actor(), null, null, null, body, false));
        });
    }

    private void escalation(AuditRecorded entry, EscalationStep step) {
        incident(entry).ifPresent(incident -> {
            String text = entry.changed("escalation.message").or(() -> entry.changed("escalation.returnReason"))
                    .map(JsonNode::asText).orElse(null);
            queue(entry, incident, new Audience().mailbox().person(incident.assignee), NoticeKind.ESCALATION_STEP,
                    kind -> notices.of(kind, incident, entry.at(), entry.actor(), step, null, null, text, false));
        });
    }

    private void report(AuditRecorded entry) {
        incident(entry).ifPresent(incident -> queue(entry, incident, new Audience().mailbox(),
                NoticeKind.REPORT_RECORDED, kind -> notices.of(kind, incident, entry.at(), entry.actor(), null,
                        report(entry, incident), null, null, false)));
    }

    private Notice.Report report(AuditRecorded entry, Incident incident) {
        List<Words> met = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            Matcher matcher = MET.matcher(change.field());
            if (matcher.matches()) {
                incident.deadline(matcher.group(1)).ifPresent(deadline -> met.add(notices.obligationTitle(
                        deadline.regimeId, deadline.regimeVersion, deadline.kind)));
            }
        }
        return new Notice.Report(notices.reportKind(incident, text(entry, "report.kind")),
                notices.recipient(text(entry, "report.recipient")),
                times.when(entry.changed("report.sentAt").map(value -> Instant.parse(value.asText())).orElse(null)),
                Labels.channel(text(entry, "report.channel")), text(entry, "report.documentNumber"), met);
    }

    private void breached(AuditRecorded entry) {
        incident(entry).ifPresent(incident -> {
            for (FieldChange change : entry.changes()) {
                Matcher matcher = BREACHED.matcher(change.field());
                if (matcher.matches()) {
                    incident.deadline(matcher.group(1)).ifPresent(deadline -> queue(entry, incident,
                            new Audience().person(incident.assignee).mailbox().contact(notices.focalPoint(incident)),
                            NoticeKind.DEADLINE_BREACHED, kind -> notices.of(kind, incident, entry.at(), null, null,
                                    null, notices.due(incident, deadline, entry.at()), null, false)));
                }
            }
        });
    }

    /** Queues the notice for its audience, unless nobody is left to tell. */
    private void queue(AuditRecorded entry, Incident incident, Audience audience, NoticeKind kind,
            Function<NoticeKind, Notice> notice) {
        noticeQueue.queue("audit:" + entry.entryId() + ":" + kind.name(),
                recipients.addresses(audience, kind, entry.actor()), () -> notice.apply(kind));
    }

    private Optional<Incident> incident(AuditRecorded entry) {
        try {
            return Optional.ofNullable(incidents.findById(UUID.fromString(entry.entityId())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(AuditRecorded entry, String field) {
        return entry.changed(field).map(JsonNode::asText).orElse(null);
    }
}
