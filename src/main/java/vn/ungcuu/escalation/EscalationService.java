package vn.ungcuu.escalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.persistence.SqlValues;
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
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.incident.IncidentStatus;
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
    IncidentRepository incidents;

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
    EntityManager em;

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
        return change(escalation, EscalationStatus.ACKNOWLEDGED, "ACKNOWLEDGE", new Changes(), null, now);
    }

    @Transactional
    public EscalationView update(UUID id, String message, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "post an update to", EscalationStatus.PENDING, EscalationStatus.ACKNOWLEDGED);
        return change(escalation, escalation.status, "UPDATE", new Changes().field("message", null, message), null,
                time.now());
    }

    @Transactional
    public EscalationView complete(UUID id, String ifMatch) {
        Escalation escalation = find(id, true);
        ETags.requireMatch(ifMatch, escalation.version);
        requireStatus(escalation, "complete", EscalationStatus.ACKNOWLEDGED);
        Instant now = time.now();
        escalation.completedAt = now;
        return change(escalation, EscalationStatus.COMPLETED, "COMPLETE", new Changes(), null, now);
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
        Incident incident = incidents.findById(escalation.incidentId, LockModeType.PESSIMISTIC_WRITE);
        IncidentStatus back = incident.status == IncidentStatus.ESCALATED ? IncidentStatus.IN_PROGRESS : null;
        return change(escalation, EscalationStatus.RETURNED, "RETURN",
                new Changes().field("returnReason", null, reason), back, now);
    }

    /** The webhook deliveries of the escalation's events, newest first, with every attempt. */
    public List<DeliveryView> deliveries(UUID id) {
        find(id, false);
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT id, type, occurred_at, status, attempts, next_attempt_at,"
                        + " delivered_at FROM outbox_event WHERE escalation_id = ?1 ORDER BY occurred_at DESC, id DESC")
                .setParameter(1, id).getResultList();
        Map<UUID, List<DeliveryView.Attempt>> attempts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.event_id, a.attempted_at, a.status_code, a.error,"
                        + " a.duration_ms FROM outbox_attempt a JOIN outbox_event e ON e.id = a.event_id"
                        + " WHERE e.escalation_id = ?1 ORDER BY a.attempted_at, a.id")
                .setParameter(1, id).getResultList();
        for (Object[] row : rows) {
            attempts.computeIfAbsent((UUID) row[0], key -> new ArrayList<>()).add(new DeliveryView.Attempt(
                    SqlValues.instant(row[1]), row[2] == null ? null : ((Number) row[2]).intValue(), (String) row[3],
                    ((Number) row[4]).intValue()));
        }
        return events.stream().map(row -> {
            String status = (String) row[3];
            return new DeliveryView((UUID) row[0], (String) row[1], SqlValues.instant(row[2]), status,
                    ((Number) row[4]).intValue(), "PENDING".equals(status) ? SqlValues.instant(row[5]) : null,
                    row[6] == null ? null : SqlValues.instant(row[6]), attempts.getOrDefault((UUID) row[0], List.of()));
        }).toList();
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
            IncidentStatus incidentTo, Instant now) {
        changes.field("status", escalation.status, to);
        escalation.status = to;
        escalation.updatedAt = now;
        audit.record(user.id(), Escalation.AUDIT_TYPE, escalation.id.toString(), action, changes, now);

        // the same step on the incident's timeline
        Incident incident = incidents.findById(escalation.incidentId);
        Changes timeline = new Changes().field("escalation.status", null, to);
        changes.asList().stream().filter(change -> !change.field().equals("status"))
                .forEach(change -> timeline.field("escalation." + change.field(), null, change.to()));
        if (incidentTo != null) {
            timeline.field("status", incident.status, incidentTo);
            incident.status = incidentTo;
            incident.updatedAt = now;
        }
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "PROVINCIAL_" + action, timeline, now);
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
