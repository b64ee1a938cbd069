package vn.ungcuu.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.regime.Regime;
import vn.ungcuu.regime.Regime.Obligation;
import vn.ungcuu.regime.RegimeStore;

/**
 * The obligations of an incident under its regime, read from the regime's data: an obligation starts when
 * its occasion comes and its condition holds, is met by a transition or an official report, and is waived
 * with a reason. None is ever dropped; every move goes into the caller's audit {@link Changes}.
 */
@ApplicationScoped
public class Obligations {

    /** Occasions an obligation starts on (besides a lifecycle action, named by the action itself). */
    public static final String FILED = "FILED";
    public static final String ASSESSED = "ASSESSED";
    public static final String ACTION = "ACTION";
    public static final String PERSONAL_DATA = "PERSONAL_DATA";

    @Inject
    RegimeStore regimes;

    @Inject
    UngCuuConfig config;

    @Inject
    SentReports sentReports;

    /** The stored regime version the incident is handled under. */
    public Regime regimeOf(Incident incident) {
        return regimes.version(incident.regimeId, incident.regimeVersion).orElseThrow(() -> new IllegalStateException(
                "regime " + incident.regimeId + " version " + incident.regimeVersion + " is not stored"));
    }

    /**
     * Starts every enabled obligation of the incident's regime that starts on this occasion and whose
     * condition the facts (answers that hold) meet, unless it already runs or was met. A waived one restarts. One
     * whose report was already sent starts met by it.
     */
    public List<String> start(Incident incident, String occasion, String action, Set<String> facts, Instant now,
            Changes changes) {
        Regime regime = regimeOf(incident);
        List<String> started = new ArrayList<>();
        for (Obligation rule : regime.obligations()) {
            if (!rule.isEnabled() || !rule.startsOn(occasion, action) || !rule.conditionHolds(facts)) {
                continue;
            }
            Deadline current = incident.deadline(rule.kind()).orElse(null);
            if (current != null && current.status != ObligationStatus.WAIVED) {
                continue;
            }
            incident.deadlines.remove(current);
            Instant due = due(incident, rule, now);
            Deadline deadline = new Deadline(rule.kind(), now, due, rule.recipient(), regime.id(), regime.version());
            incident.deadlines.add(deadline);
            changes.field("deadline." + rule.kind() + ".dueAt", null, due);
            started.add(rule.kind());
            if (rule.metBy().reports() != null && incident.version != null) { // persisted: it may have reports
                sentReports.earliest(incident.id, rule.metBy().reports())
                        .ifPresent(sent -> meet(deadline, sent.sentAt(), sent.id(), changes));
            }
        }
        return started;
    }

    /** Meets every open obligation this lifecycle action meets under its rule (vn-2017: TRIAGE meets NOTIFY). */
    public void meetByAction(Incident incident, String action, Instant now, Changes changes) {
        for (Deadline deadline : incident.deadlines) {
            if (deadline.isOpen() && rule(deadline).metBy().actions() != null
                    && rule(deadline).metBy().actions().contains(action)) {
                meet(deadline, now, null, changes);
            }
        }
    }

    /** Meets the open obligations a report of this kind meets, at the time it was sent; returns their kinds. */
    public List<String> meetByReport(Incident incident, String reportKind, UUID reportId, Instant sentAt,
            Changes changes) {
        List<String> met = new ArrayList<>();
        for (Deadline deadline : incident.deadlines) {
            if (deadline.isOpen() && rule(deadline).metBy().reports() != null
                    && rule(deadline).metBy().reports().contains(reportKind)) {
                meet(deadline, sentAt, reportId, changes);
                met.add(deadline.kind);
            }
        }
        return met;
    }

    /** Waives the open obligations (all of them, or those a lifecycle action started), keeping them listed. */
    public void waiveOpen(Incident incident, String startedByAction, String reason, Instant now, Changes changes) {
        for (Deadline deadline : incident.deadlines) {
            if (deadline.isOpen() && (startedByAction == null || rule(deadline).startsOn(ACTION, startedByAction))) {
                deadline.status = ObligationStatus.WAIVED;
                deadline.waivedAt = now;
                deadline.waivedReason = reason;
                changes.field("deadline." + deadline.kind + ".waivedReason", null, reason);
            }
        }
    }

    /** The incident's obligations as the API shows them, in the order its regime lists them. */
    List<DeadlineView> views(Incident incident, Instant now) {
        Regime regime = regimeOf(incident);
        return incident.deadlines.stream()
                .sorted(java.util.Comparator.comparingInt((Deadline deadline) -> regime.rank(deadline.kind))
                        .thenComparing(deadline -> deadline.kind))
                .map(deadline -> DeadlineView.of(deadline, rule(deadline), now)).toList();
    }

    /** The rule an obligation was started under (its own regime version, which may differ from the incident's). */
    Obligation rule(Deadline deadline) {
        return regimes.version(deadline.regimeId, deadline.regimeVersion)
                .flatMap(regime -> regime.obligation(deadline.kind))
                .orElseThrow(() -> new IllegalStateException("no rule for obligation " + deadline.kind + " in "
                        + deadline.regimeId + " version " + deadline.regimeVersion));
    }

    private Instant due(Incident incident, Obligation rule, Instant now) {
        Instant from = switch (rule.due().from()) {
            case "DETECTED" -> incident.detectedAt;
            case "REPORTED" -> incident.reportedAt;
            default -> now;
        };
        return from.plus(Boolean.TRUE.equals(rule.due().immediate()) ? config.regimes().immediateAllowance()
                : rule.due().after());
    }

    private static void meet(Deadline deadline, Instant at, UUID reportId, Changes changes) {
        deadline.status = ObligationStatus.MET;
        deadline.metAt = at;
        deadline.metBy = reportId;
        changes.field("deadline." + deadline.kind + ".metAt", null, at);
        if (reportId != null) {
            changes.field("deadline." + deadline.kind + ".metBy", null, reportId);
        }
    }
}
