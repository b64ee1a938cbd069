package vn.ungcuu.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.http.ETags;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import jakarta.enterprise.event.Event;
import vn.ungcuu.escalation.Escalation;
import vn.ungcuu.escalation.EscalationService;
import vn.ungcuu.incident.IncidentChanged;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.IncidentService;
import vn.ungcuu.playbook.TaskPlanner;
import vn.ungcuu.incident.IncidentView;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * Moves incidents through their lifecycle. Coordinators may take every action; a responder may START
 * and RESOLVE what is assigned to it. The incident row is locked for the transition, so two concurrent
 * transitions never both succeed from the same state.
 */
@ApplicationScoped
public class TransitionService {

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    AssessmentService assessments;

    @Inject
    EscalationService escalations;

    @Inject
    InitialReports initialReports;

    @Inject
    IncidentService incidentService;

    @Inject
    TaskPlanner taskPlanner;

    @Inject
    Event<IncidentChanged> changed;

    @Inject
    ObligationRules obligations;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    /** The actions the caller may take now, with what each needs. */
    public List<TransitionOption> options(UUID incidentId) {
        Incident incident = access.requireReadable(incidents.findById(incidentId));
        return allowedForCaller(incident).stream()
                .map(action -> new TransitionOption(action, action.to, requirements(incident, action))).toList();
    }

    @Transactional
    public IncidentView perform(UUID incidentId, TransitionRequest request, String ifMatch) {
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE));
        Action action = request.action();
        if (!mayTake(incident, action)) {
            throw ApiException.forbidden("Your role may not " + action + " this incident");
        }
        ETags.requireMatch(ifMatch, incident.version);
        if (!Lifecycle.allowedFrom(incident.status).contains(action)) {
            List<String> allowed = allowedForCaller(incident).stream().map(Enum::name).toList();
            throw new ApiException(ProblemType.CONFLICT, action + " is not possible from " + incident.status
                    + (allowed.isEmpty() ? "; no action is possible now" : "; possible now: " + allowed),
                    List.of(), Map.of("currentStatus", incident.status.name(), "allowedActions", allowed));
        }
        requireFields(incident, request);

        Instant now = time.now();
        Changes changes = new Changes().field("status", incident.status, action.to);
        switch (action) {
            case TRIAGE -> {
                if (incident.triagedAt == null) {
                    changes.field("triagedAt", null, now);
                    incident.triagedAt = now;
                }
            }
            case ESCALATE -> {
                Escalation escalation = escalations.open(incident, request.reason(),
                        initialReports.of(incident, request), now);
                changes.field("escalation.id", null, escalation.id).field("reason", null, request.reason());
            }
            case RESOLVE -> {
                changes.field("resolution", incident.resolution, request.resolution()).field("resolvedAt", null, now);
                incident.resolution = request.resolution();
                incident.resolvedAt = now;
            }
            case CLOSE -> {
                long open = taskPlanner.openTaskCount(incident.id);
                if (open > 0) {
                    changes.field("openTasks", null, open).field("openTasksReason", null, request.openTasksReason());
                }
                changes.field("endReport", null, request.endReport()).field("closedAt", null, now);
                incident.endReportSummary = request.endReport().summary();
                incident.endReportRootCause = request.endReport().rootCause();
                incident.endReportLessons = request.endReport().lessonsLearned();
                incident.closedAt = now;
            }
            case REJECT -> {
                changes.field("rejectionReason", null, request.reason())
                        .field("duplicateOf", null, request.duplicateOf());
                incident.rejectionReason = request.reason();
                incident.duplicateOf = request.duplicateOf();
            }
            case REOPEN -> {
                changes.field("reason", null, request.reason())
                        .field("resolvedAt", incident.resolvedAt, null)
                        .field("closedAt", incident.closedAt, null);
                incident.resolvedAt = null;
                incident.closedAt = null;
            }
            default -> {
            }
        }
        if (request.comment() != null && !request.comment().isBlank()) {
            changes.field("comment", null, request.comment());
        }
        obligations.apply(incident, action, request.reason(), now, changes);
        incident.status = action.to;
        incident.updatedAt = now;
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), action.name(), changes, now);
        incidents.flush();
        if (action == Action.TRIAGE) {
            // the plan's response scenario for this kind of incident becomes its task list
            taskPlanner.instantiateFor(incident, now);
        }
        if (action != Action.ESCALATE) {
            changed.fire(new IncidentChanged(incident.id, incident.reference, action.name(), changes.asList()));
        }
        return incidentService.view(incident, now);
    }

    private List<Action> allowedForCaller(Incident incident) {
        return Lifecycle.allowedFrom(incident.status).stream().filter(action -> mayTake(incident, action)).toList();
    }

    /** Coordinators do all; responders START and RESOLVE what is assigned to them; nobody else transitions. */
    private boolean mayTake(Incident incident, Action action) {
        if (user.has(Roles.COORDINATOR)) {
            return true;
        }
        return access.isAssignedResponder(incident)
                && (action == Action.START || action == Action.RESOLVE);
    }

    private List<String> requirements(Incident incident, Action action) {
        return switch (action) {
            case TRIAGE -> assessments.exists(incident.id) ? List.of() : List.of("assessment");
            case ESCALATE, REOPEN, REJECT -> List.of("reason");
            case RESOLVE -> List.of("resolution");
            case CLOSE -> List.of("endReport");
            default -> List.of();
        };
    }

    private void requireFields(Incident incident, TransitionRequest request) {
        List<FieldError> missing = new ArrayList<>();
        switch (request.action()) {
            case TRIAGE -> {
                if (!assessments.exists(incident.id)) {
                    throw new ApiException(ProblemType.CONFLICT, "The incident must be assessed before triage "
                            + "(PUT /api/v1/incidents/" + incident.id + "/assessment)");
                }
            }
            case ESCALATE, REOPEN, REJECT -> requireText(request.reason(), "reason", missing);
            case RESOLVE -> requireText(request.resolution(), "resolution", missing);
            case CLOSE -> {
                if (request.endReport() == null) {
                    missing.add(new FieldError("endReport", "is required to close an incident"));
                }
            }
            default -> {
            }
        }
        if (request.duplicateOf() != null) {
            if (request.action() != Action.REJECT) {
                missing.add(new FieldError("duplicateOf", "only REJECT takes duplicateOf"));
            } else if (request.duplicateOf().equals(incident.id)) {
                missing.add(new FieldError("duplicateOf", "an incident cannot duplicate itself"));
            } else {
                Incident original = incidents.findById(request.duplicateOf());
                if (original == null || !access.canRead(original)) {
                    missing.add(new FieldError("duplicateOf", "no incident has this id"));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        if (request.action() == Action.CLOSE) {
            long open = taskPlanner.openTaskCount(incident.id);
            if (open > 0 && (request.openTasksReason() == null || request.openTasksReason().isBlank())) {
                throw new ApiException(ProblemType.CONFLICT, open + " task(s) are still OPEN: mark them DONE or "
                        + "SKIPPED, or give openTasksReason to close anyway", List.of(), Map.of("openTasks", open));
            }
        }
    }

    private static void requireText(String value, String field, List<FieldError> missing) {
        if (value == null || value.isBlank()) {
            missing.add(new FieldError(field, "is required for this action"));
        }
    }
}
