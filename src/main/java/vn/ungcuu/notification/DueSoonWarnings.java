package vn.ungcuu.notification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.incident.Deadline;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.ObligationStatus;
import vn.ungcuu.persistence.SqlValues;

/**
 * Warns that an open obligation of an incident is due soon, at each lead of {@code ungcuu.notifications.due-soon-leads}
 * (default half-way through its time and 2 hours before it is due): to the incident's assignee, the coordinators'
 * mailbox and the unit's focal point, whatever they chose (a legal deadline).
 *
 * <p>Only the latest lead whose instant has passed is warned of, while the due time has not: a watcher that was not
 * running at half-time and runs again 1 hour before the end sends the 2-hour warning alone, not both at once. A
 * lead whose instant falls at or before the obligation's start (a 1-hour obligation and a 2-hour lead) is skipped:
 * the obligation's own message said it started. Each warning is queued once: its dedup key names the incident, the
 * obligation, the lead and the due time (a due time moved by a change of regime is warned of again). Several
 * instances may run it at once; the outbox's unique key keeps one of each.
 */
@Startup // a wrong lead stops the start, not the first run
@ApplicationScoped
public class DueSoonWarnings {

    /** Warnings written per run at most (the rest wait for the next run). */
    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    @Inject
    Notices notices;

    @Inject
    Recipients recipients;

    @Inject
    NoticeQueue noticeQueue;

    private List<Lead> leads;

    @PostConstruct
    void readLeads() {
        leads = Lead.parseAll(config.notifications().dueSoonLeads());
    }

    /** Queues every due-soon warning whose time has come and that is not queued yet; returns how many it queued. */
    @Transactional
    public int warn() {
        Instant now = time.now();
        if (leads.isEmpty()) {
            return 0;
        }
        // only the obligations some lead may have come for: the earliest share, the longest duration
        List<String> window = new ArrayList<>();
        leads.stream().filter(lead -> lead.before() == null).mapToDouble(Lead::share).min().ifPresent(share ->
                window.add("d.starts_at + (d.due_at - d.starts_at) * " + share + " <= ?2"));
        Duration longest = leads.stream().map(Lead::before).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        if (longest != null) {
            window.add("d.due_at <= ?3");
        }
        var query = em.createNativeQuery("SELECT d.incident_id, d.kind, d.starts_at, d.due_at"
                        + " FROM incident_deadline d WHERE d.status = ?1 AND d.breached_at IS NULL AND d.due_at > ?2"
                        + " AND d.starts_at <= ?2 AND (" + String.join(" OR ", window) + ") ORDER BY d.due_at")
                .setParameter(1, ObligationStatus.OPEN.name()).setParameter(2, now);
        if (longest != null) {
            query.setParameter(3, now.plus(longest));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> open = query.getResultList();
        Map<String, Object[]> due = new LinkedHashMap<>();
        for (Object[] row : open) {
            Instant startsAt = SqlValues.instant(row[2]);
            Instant dueAt = SqlValues.instant(row[3]);
            Lead current = null;
            Instant currentAt = null;
            for (Lead lead : leads) {
                Instant at = lead.warnAt(startsAt, dueAt);
                if (at.isAfter(startsAt) && !at.isAfter(now) && (currentAt == null || at.isAfter(currentAt))) {
                    current = lead;
                    currentAt = at;
                }
            }
            if (current != null) {
                due.put(key((UUID) row[0], (String) row[1], current, dueAt), row);
            }
        }
        Set<String> queued = queued(due.keySet());
        int count = 0;
        for (Map.Entry<String, Object[]> warning : due.entrySet()) {
            if (count >= BATCH) {
                break;
            }
            if (!queued.contains(warning.getKey()) && queue(warning.getKey(), (UUID) warning.getValue()[0],
                    (String) warning.getValue()[1], now)) {
                count++;
            }
        }
        if (count > 0) {
            Log.infof("due-soon check: %d warning(s) queued", count);
        }
        return count;
    }

    private boolean queue(String key, UUID incidentId, String kind, Instant now) {
        Incident incident = em.find(Incident.class, incidentId);
        Deadline deadline = incident == null ? null : incident.deadline(kind).orElse(null);
        if (deadline == null || !deadline.isOpen()) {
            return false;
        }
        List<String> to = recipients.addresses(new Audience().person(incident.assignee).mailbox()
                .contact(notices.focalPoint(incident)), NoticeKind.DUE_SOON, null);
        return noticeQueue.queue(key, to, () -> notices.of(NoticeKind.DUE_SOON, incident, now, null, null, null,
                notices.due(incident, deadline, now), null, false));
    }

    static String key(UUID incidentId, String kind, Lead lead, Instant dueAt) {
        return "due-soon:" + incidentId + ":" + kind + ":" + lead.key() + ":" + dueAt.getEpochSecond();
    }

    private Set<String> queued(Set<String> keys) {
        Set<String> queued = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            for (Object key : em.createNativeQuery("SELECT dedup_key FROM mail_message WHERE dedup_key IN (:keys)")
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + 1000))).getResultList()) {
                queued.add((String) key);
            }
        }
        return queued;
    }
}
