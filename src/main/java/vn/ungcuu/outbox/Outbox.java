package vn.ungcuu.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.clock.TimeSource;

/**
 * Publishes events into the outbox inside the caller's transaction: the event exists if and only if
 * the change that caused it committed. Delivery happens later ({@link WebhookDispatcher}, the feed).
 */
@ApplicationScoped
public class Outbox {

    public static final String ESCALATION_CREATED = "escalation.created";
    public static final String ESCALATION_UPDATED = "escalation.updated";
    public static final String INCIDENT_UPDATED = "incident.updated";
    public static final String DEADLINE_BREACHED = "deadline.breached";
    public static final String FOCAL_POINT_CHANGED = "unit.focal_point_changed";
    public static final String REPORT_RECORDED = "report.recorded";
    public static final String UNIT_SUCCESSION = "unit.succession";

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(String type, Object data, UUID incidentId, UUID escalationId) {
        Instant now = time.now();
        OutboxEvent event = new OutboxEvent();
        event.id = Ids.newId();
        event.type = type;
        event.occurredAt = now;
        event.incidentId = incidentId;
        event.escalationId = escalationId;
        ObjectNode body = json.createObjectNode();
        body.put("id", event.id.toString());
        body.put("type", type);
        body.put("occurredAt", now.toString());
        body.set("data", json.valueToTree(data));
        try {
            event.body = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
        event.status = EventStatus.PENDING;
        event.nextAttemptAt = now;
        em.persist(event);
        return event;
    }
}
