package vn.ungcuu.triage;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.SqlValues;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.outbox.Outbox;

/**
 * Marks deadlines that passed unmet as breached, once each: an audit entry and a metric. Safe with
 * several instances: the rows are claimed with {@code FOR UPDATE SKIP LOCKED} on the incident (which
 * transitions lock too) and marked only while still unmarked.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final String SYSTEM_ACTOR = AuditLog.SYSTEM_ACTOR;
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    MeterRegistry metrics;

    @Inject
    Outbox outbox;

    @Scheduled(every = "${ungcuu.deadlines.check-every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int marked = markBreaches();
        if (marked > 0) {
            Log.infof("deadline check: %d breach(es) marked", marked);
        }
    }

    /** Marks every overdue unmet deadline not yet marked; returns how many this call marked. */
    @Transactional
    public int markBreaches() {
        Instant now = time.now();
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = em.createNativeQuery("SELECT d.incident_id, d.kind, d.due_at, i.reference, i.unit_code,"
                        + " d.recipient"
                        + " FROM incident_deadline d JOIN incident i ON i.id = d.incident_id"
                        + " WHERE d.status = 'OPEN' AND d.breached_at IS NULL AND d.due_at < ?1"
                        + " ORDER BY d.due_at LIMIT " + BATCH + " FOR UPDATE OF i SKIP LOCKED")
                .setParameter(1, now)
                .getResultList();
        int marked = 0;
        for (Object[] row : overdue) {
            UUID incidentId = (UUID) row[0];
            String kind = (String) row[1];
            int updated = em.createNativeQuery("UPDATE incident_deadline SET breached_at = ?1"
                            + " WHERE incident_id = ?2 AND kind = ?3 AND breached_at IS NULL AND status = 'OPEN'")
                    .setParameter(1, now).setParameter(2, incidentId).setParameter(3, kind)
                    .executeUpdate();
            if (updated == 1) {
                audit.record(SYSTEM_ACTOR, Incident.AUDIT_TYPE, incidentId.toString(), "DEADLINE_BREACHED",
                        new Changes().field("deadline." + kind + ".breachedAt", null, now)
                                .field("deadline." + kind + ".dueAt", null, SqlValues.instant(row[2])), now);
                metrics.counter("ungcuu.deadlines.breached", "kind", kind).increment();
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("incidentId", incidentId);
                data.put("reference", row[3]);
                data.put("unitCode", row[4]);
                data.put("kind", kind);
                data.put("recipient", row[5]);
                data.put("dueAt", SqlValues.instant(row[2]));
                data.put("breachedAt", now);
                outbox.publish(Outbox.DEADLINE_BREACHED, data, incidentId, null);
                marked++;
            }
        }
        return marked;
    }
}
