package vn.ungcuu.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ungcuu.persistence.SqlValues;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * The pull feed of the outbox, for integrations that cannot receive webhooks: events in feed order
 * after a cursor. The provincial team sees events of escalated incidents and of units; administrators
 * see all. The next cursor is never null, so a client simply polls with the last one it got.
 */
@ApplicationScoped
public class EventFeed {

    static final String SCOPE = "events";

    @Inject
    EntityManager em;

    @Inject
    FeedSequencer sequencer;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    public Page<FeedEvent> after(PageRequest page) {
        long after = 0;
        if (page.cursor() != null) {
            try {
                after = Long.parseLong(Cursor.decode(page.cursor(), SCOPE, 1).values().get(0));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        sequencer.sequence();
        String scope = user.has(Roles.ADMIN) ? "" : " AND (o.incident_id IS NULL OR EXISTS (SELECT 1 FROM escalation e"
                + " WHERE e.incident_id = o.incident_id))";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.feed_position, o.id, o.type, o.occurred_at, o.body"
                        + " FROM outbox_event o WHERE o.feed_position > ?1" + scope
                        + " ORDER BY o.feed_position LIMIT ?2")
                .setParameter(1, after).setParameter(2, page.limit())
                .getResultList();
        List<FeedEvent> events = new ArrayList<>();
        long last = after;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            events.add(new FeedEvent(last, (UUID) row[1], (String) row[2], SqlValues.instant(row[3]), data((String) row[4])));
        }
        return new Page<>(events, new Cursor(SCOPE, List.of(Long.toString(last))).encode());
    }

    private JsonNode data(String body) {
        try {
            return json.readTree(body).get("data");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event unreadable", e);
        }
    }
}
