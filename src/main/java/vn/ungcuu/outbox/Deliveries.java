package vn.ungcuu.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.persistence.SqlValues;

/** How the webhook delivery of an escalation's events went: each event, newest first, with every attempt. */
@ApplicationScoped
public class Deliveries {

    @Inject
    EntityManager em;

    public List<DeliveryView> ofEscalation(UUID escalationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT id, type, occurred_at, status, attempts, next_attempt_at,"
                        + " delivered_at FROM outbox_event WHERE escalation_id = ?1 ORDER BY occurred_at DESC, id DESC")
                .setParameter(1, escalationId).getResultList();
        Map<UUID, List<DeliveryView.Attempt>> attempts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.event_id, a.attempted_at, a.status_code, a.error,"
                        + " a.duration_ms FROM outbox_attempt a JOIN outbox_event e ON e.id = a.event_id"
                        + " WHERE e.escalation_id = ?1 ORDER BY a.attempted_at, a.id")
                .setParameter(1, escalationId).getResultList();
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
}
