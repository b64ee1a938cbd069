package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.incident.Deadline;
import vn.ungcuu.incident.DeadlineKind;
import vn.ungcuu.incident.Incident;

/**
 * How transitions move the regulatory clocks (api.md, Deadlines): NOTIFY is met by triage or escalation,
 * INITIAL_REPORT by escalation; RESOLVE starts END_REPORT, CLOSE meets it. A rejected incident was not
 * an incident: its open clocks are dropped.
 */
@ApplicationScoped
class DeadlineRules {

    @Inject
    UngCuuConfig config;

    void apply(Incident incident, Action action, Instant now, Changes changes) {
        switch (action) {
            case TRIAGE -> meet(incident, DeadlineKind.NOTIFY, now, changes);
            case ESCALATE -> {
                meet(incident, DeadlineKind.NOTIFY, now, changes);
                meet(incident, DeadlineKind.INITIAL_REPORT, now, changes);
            }
            case RESOLVE -> {
                Instant due = now.plus(config.deadlines().endReport());
                incident.deadlines.removeIf(deadline -> deadline.kind == DeadlineKind.END_REPORT);
                incident.deadlines.add(new Deadline(DeadlineKind.END_REPORT, due));
                changes.field("deadline.END_REPORT.dueAt", null, due);
            }
            case CLOSE -> meet(incident, DeadlineKind.END_REPORT, now, changes);
            case REJECT -> incident.deadlines.removeIf(deadline -> {
                boolean open = deadline.metAt == null;
                if (open) {
                    changes.field("deadline." + deadline.kind + ".dueAt", deadline.dueAt, null);
                }
                return open;
            });
            case REOPEN -> incident.deadlines.removeIf(deadline -> {
                boolean open = deadline.kind == DeadlineKind.END_REPORT && deadline.metAt == null;
                if (open) {
                    changes.field("deadline.END_REPORT.dueAt", deadline.dueAt, null);
                }
                return open;
            });
            default -> {
            }
        }
    }

    private static void meet(Incident incident, DeadlineKind kind, Instant now, Changes changes) {
        incident.deadline(kind).filter(deadline -> deadline.metAt == null).ifPresent(deadline -> {
            deadline.metAt = now;
            changes.field("deadline." + kind + ".metAt", null, now);
        });
    }
}
