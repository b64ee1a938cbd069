package vn.ungcuu.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gives committed events their feed position, in one sequence, from one instance at a time (advisory
 * lock). Positions are handed out only to committed events, so an event that commits late gets a later
 * position and a client reading the feed after a position never misses one.
 */
@ApplicationScoped
public class FeedSequencer {

    @Inject
    EntityManager em;

    @Scheduled(every = "${ungcuu.outbox.sequence-every:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sequence();
    }

    /** Positions the committed events that have none yet; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('outbox-feed-sequencer'))")
                .getSingleResult();
        if (!mine) {
            return 0;
        }
        return em.createNativeQuery("WITH batch AS (SELECT id, occurred_at FROM outbox_event"
                        + " WHERE feed_position IS NULL ORDER BY occurred_at, id LIMIT 1000),"
                        + " top AS (SELECT coalesce(max(feed_position), 0) AS position FROM outbox_event)"
                        + " UPDATE outbox_event e SET feed_position = top.position + n.rank"
                        + " FROM (SELECT id, row_number() OVER (ORDER BY occurred_at, id) AS rank FROM batch) n, top"
                        + " WHERE e.id = n.id")
                .executeUpdate();
    }
}
