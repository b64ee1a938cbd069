package vn.ungcuu.notification;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.escalation.EscalationStatus;
import vn.ungcuu.incident.ObligationStatus;
import vn.ungcuu.incident.Tlp;
import vn.ungcuu.mail.MailOutbox;
import vn.ungcuu.persistence.SqlValues;

/**
 * The coordinators' daily digest, at {@code ungcuu.notifications.digest-at} on the district's clock: the open
 * obligations by due time, the breaches, and the escalations awaiting acknowledgement. Once per local day (dedup key
 * {@code digest:<date>}); a service down at that hour sends it when it is back, the same day. To the coordinators'
 * mailbox only: it is the province's board, not a person's.
 */
@ApplicationScoped
public class DailyDigest {

    /** Rows listed per section; the figures count them all. */
    static final int ROWS = 50;

    /** The coordinators' board in the web app (src/main/resources/web/app/routes.js). */
    static final String BOARD_ROUTE = "/#/dieu-phoi";

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    Times times;

    @Inject
    Notices notices;

    @Inject
    Recipients recipients;

    @Inject
    Messages messages;

    @Inject
    MailOutbox outbox;

    /**
     * Queues today's digest once its hour has come, unless it is queued already or there is no mailbox to send it
     * to; true when this call queued it.
     */
    @Transactional
    public boolean queueIfDue() {
        Instant now = time.now();
        LocalDate today = times.today(now);
        List<String> to = recipients.mailbox();
        if (to.isEmpty() || now.atZone(config.timeZone()).toLocalTime().isBefore(config.notifications().digestAt())) {
            return false;
        }
        String key = key(today);
        // the digest's queries are the costly part: skip them once today's is queued
        if (outbox.queued(key)) {
            return false;
        }
        boolean queued = outbox.enqueue(messages.write(key, digest(today, now), to));
        if (queued) {
            Log.infof("daily digest of %s queued", today);
        }
        return queued;
    }

    static String key(LocalDate day) {
        return "digest:" + day;
    }

    Digest digest(LocalDate day, Instant now) {
        String open = ObligationStatus.OPEN.name();
        long openCount = count("SELECT count(*) FROM incident_deadline WHERE status = ?1", open);
        long overdue = count("SELECT count(*) FROM incident_deadline WHERE status = ?1 AND due_at < ?2", open, now);
        long breached = count("SELECT count(*) FROM incident_deadline WHERE breached_at > ?1 AND breached_at <= ?2",
                now.minus(Duration.ofDays(1)), now);
        String pending = EscalationStatus.PENDING.name();
        long awaiting = count("SELECT count(*) FROM escalation WHERE status = ?1", pending);

        List<Digest.Obligation> obligations = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT i.id, i.reference, i.title, i.tlp, i.state_secret, d.kind,"
                        + " d.due_at, d.regime_id, d.regime_version FROM incident_deadline d"
                        + " JOIN incident i ON i.id = d.incident_id WHERE d.status = ?1"
                        + " ORDER BY d.due_at, i.reference, d.kind LIMIT " + ROWS)
                .setParameter(1, open).getResultList()) {
            Object[] columns = (Object[]) row;
            String link = notices.link((UUID) columns[0]);
            Instant due = SqlValues.instant(columns[6]);
            obligations.add(Tlp.RED.name().equals(columns[3])
                    ? new Digest.Obligation((String) columns[1], null, null, null, false, link)
                    : new Digest.Obligation((String) columns[1], title(columns[2], columns[4]),
                            notices.obligationTitle((String) columns[7], ((Number) columns[8]).intValue(),
                                    (String) columns[5]), times.when(due), due.isBefore(now), link));
        }
        List<Digest.Waiting> escalations = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT i.id, i.reference, i.title, i.tlp, i.state_secret,"
                        + " e.created_at FROM escalation e JOIN incident i ON i.id = e.incident_id"
                        + " WHERE e.status = ?1 ORDER BY e.created_at, i.reference LIMIT " + ROWS)
                .setParameter(1, pending).getResultList()) {
            Object[] columns = (Object[]) row;
            String link = notices.link((UUID) columns[0]);
            escalations.add(Tlp.RED.name().equals(columns[3])
                    ? new Digest.Waiting((String) columns[1], null, null, link)
                    : new Digest.Waiting((String) columns[1], title(columns[2], columns[4]),
                            times.when(SqlValues.instant(columns[5])), link));
        }
        return new Digest(times.day(day), times.when(now), openCount, overdue, breached, awaiting, obligations,
                escalations, notices.base() + BOARD_ROUTE);
    }

    /** A state-secret incident's title stays out of e-mail. */
    private static String title(Object title, Object stateSecret) {
        return Boolean.TRUE.equals(stateSecret) ? null : Notices.shorten((String) title, 120);
    }

    private long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
