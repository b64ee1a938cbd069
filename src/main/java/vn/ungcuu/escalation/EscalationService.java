package vn.ungcuu.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.http.ETags;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentChanged;
import vn.ungcuu.outbox.Deliveries;
import vn.ungcuu.outbox.DeliveryView;
import vn.ungcuu.outbox.Outbox;
import vn.ungcuu.security.CurrentUser;

/**
 * The handshake with the provincial response team: an escalation is opened by ESCALATE, then the
 * provincial side acknowledges it, posts updates, completes it or returns the incident to the
 * district. Every step is audited on the escalation and on the incident's timeline, and leaves the
 * service as an event.
 */
@ApplicationScoped
public class EscalationService {

    private static final Set<EscalationStatus> OPEN = Set.of(EscalationStatus.PENDING, EscalationStatus.ACKNOWLEDGED);

    @Inject
    EscalationRepository escalations;

    @Inject
    Event<ProvincialStep> steps;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    ObjectMapper json;

    @Inject
    Deliveries deliveries;

    /** Opens an escalation (called by the ESCALATE transition, in its transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Escalation open(Incident incident, String reason, InitialReport report, Instant now) {
        Escalation escalation = new Escalation();
        escalation.id = Ids.newId();
        escalation.incidentId = incident.id;
        escalation.status = EscalationStatus.PENDING;
        escalation.reason = reason;
        escalation.createdAt = now;
        escalation.createdBy = user.id();
        escalation.updatedAt = now;
        escalation.initialReport = write(report);
        escalations.persist(escalation);
        audit.record(user.id(), Escalation.AUDIT_TYPE, escalation.id.toString(), "CREATE", new Changes()
                .created("incidentId", incident.id).created("status", escalation.status).created("reason", reason), now);
        escalations.flush();
        outbox.publish(Outbox.ESCALATION_CREATED, view(escalation), incident.id, escalation.id);
        return escalation;
    }

    public Page<EscalationView> list(List<EscalationStatus> statuses, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!statuses.isEmpty()) {
            query.append(" and ").append(HqlFilters.anyOf("status", "statuses", statuses, params::and));
        }
        if (page.cursor() != null) {
            Cursor.Keyset after = Cursor.decodeKeyset(page.cursor(), "escalations");
            params.and("afterTime", after.time()).and("afterId", after.id());
            query.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
        }
        List<Escalation> rows = escalations.find(query + " order by createdAt desc, id desc", params)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, (Escalation last) ->
                Cursor.encodeKeyset("escalations", last.createdAt, last.id)).map(this::view);
    }

    public EscalationView get(UUID id) {
        return view(find(id, false));
    }

    @Transactional
    public EscalationView acknowledge(UUID id, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "acknowledge", EscalationStatus.PENDING);
        Instant now = time.now();
        escalation.acknowledgedAt = now;
        escalation.acknowledgedBy = user.id();
        return change(escalation, EscalationStatus.ACKNOWLEDGED, "ACKNOWLEDGE", new Changes(), now);
    }

    @Transactional
    public EscalationView update(UUID id, String message, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "post an update to", EscalationStatus.PENDING, EscalationStatus.ACKNOWLEDGED);
        return change(escalation, escalation.status, "UPDATE", new Changes().field("message", null, message),
                time.now());
    }

    @Transactional
    public EscalationView complete(UUID id, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "complete", EscalationStatus.ACKNOWLEDGED);
        Instant now = time.now();
        escalation.completedAt = now;
        return change(escalation, EscalationStatus.COMPLETED, "COMPLETE", new Changes(), now);
    }

    /** The provincial team hands the incident back: an ESCALATED incident returns to IN_PROGRESS. */
    @Transactional
    public EscalationView returnToDistrict(UUID id, String reason, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "return", EscalationStatus.PENDING, EscalationStatus.ACKNOWLEDGED);
        Instant now = time.now();
        escalation.returnedAt = now;
        escalation.returnReason = reason;
        return change(escalation, EscalationStatus.RETURNED, "RETURN",
                new Changes().field("returnReason", null, reason), now);
    }

    /** The webhook deliveries of the escalation's events, newest first, with every attempt. */
    public List<DeliveryView> deliveries(UUID id) {
        find(id, false);
        return deliveries.ofEscalation(id);
    }

    /** Tells the provincial team about changes to an incident it is working on. */
    void onIncidentChanged(@Observes IncidentChanged change) {
        escalations.openFor(change.incidentId()).ifPresent(open -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("incidentId", change.incidentId());
            data.put("reference", change.reference());
            data.put("escalationId", open.id);
            data.put("action", change.action());
            data.put("changes", change.changes());
            outbox.publish(Outbox.INCIDENT_UPDATED, data, change.incidentId(), open.id);
        });
    }

    private EscalationView change(Escalation escalation, EscalationStatus to, String action, Changes changes,
            Instant now) {
        changes.field("status", escalation.status, to);
        escalation.status = to;
        escalation.updatedAt = now;
        audit.record(user.id(), Escalation.AUDIT_TYPE, escalation.id.toString(), action, changes, now);

        // the same step on the incident's timeline, kept by the incident's lifecycle
        Changes timeline = new Changes().field("escalation.status", null, to);
        changes.asList().stream().filter(change -> !change.field().equals("status"))
                .forEach(change -> timeline.field("escalation." + change.field(), null, change.to()));
        steps.fire(new ProvincialStep(escalation.incidentId, action, timeline, to == EscalationStatus.RETURNED, now));
        escalations.flush();
        outbox.publish(Outbox.ESCALATION_UPDATED, view(escalation), escalation.incidentId, escalation.id);
        return view(escalation);
    }

    private void requireStatus(Escalation escalation, String what, EscalationStatus... allowed) {
        if (!List.of(allowed).contains(escalation.status)) {
            throw new ApiException(ProblemType.CONFLICT, "Cannot " + what + " an escalation that is "
                    + escalation.status, List.of(), Map.of("currentStatus", escalation.status.name(),
                    "allowedStatuses", List.of(allowed).stream().map(Enum::name).toList()));
        }
    }

    private Escalation find(UUID id, boolean lock) {
        Escalation escalation = lock ? escalations.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : escalations.findById(id);
        if (escalation == null) {
            throw ApiException.notFound("Escalation");
        }
        return escalation;
    }

    EscalationView view(Escalation escalation) {
        try {
            return new EscalationView(escalation.id, escalation.incidentId, escalation.status, escalation.reason,
                    escalation.createdAt, escalation.createdBy, escalation.acknowledgedAt, escalation.acknowledgedBy,
                    escalation.completedAt, escalation.returnedAt, escalation.returnReason,
                    json.readValue(escalation.initialReport, InitialReport.class), escalation.updatedAt,
                    escalation.version == null ? 0 : escalation.version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored initial report unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
