package vn.ungcuu.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.requestid.RequestIds;
import vn.ungcuu.clock.TimeSource;

/**
 * Writes audit entries inside the caller's transaction (so a change and its record commit or fail
 * together) and reads an entity's history, oldest first.
 */
@ApplicationScoped
public class AuditLog implements PanacheRepository<AuditEntry> {

    /** The actor of what the service does by itself (a deadline's breach, default playbooks, the people directory). */
    public static final String SYSTEM_ACTOR = "system";

    private static final TypeReference<List<FieldChange>> CHANGE_LIST = new TypeReference<>() {
    };

    @Inject
    RequestIds requestIds;

    @Inject
    TimeSource time;

    @Inject
    Event<AuditRecorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String actor, String entityType, String entityId, String action, Changes changes) {
        return record(actor, entityType, entityId, action, changes, time.now());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String actor, String entityType, String entityId, String action, Changes changes,
            Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = at;
        entry.actor = actor;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.changes = write(changes.asList());
        entry.requestId = requestIds.current();
        persist(entry);
        recorded.fire(new AuditRecorded(entry.id, at, actor, entityType, entityId, action, changes.asList()));
        return entry;
    }

    /** One page of an entity's history, oldest first, keyset-paged on (time, id). */
    public Page<AuditRecord> history(String entityType, String entityId, PageRequest page) {
        return history(entityType, entityId, page, Set.of());
    }

    /** One page of an entity's history without the entries of the given actions. */
    public Page<AuditRecord> history(String entityType, String entityId, PageRequest page, Set<String> hiddenActions) {
        String scope = "history:" + entityType + ":" + entityId;
        // an action no entry has keeps the query's shape the same when nothing is hidden
        Set<String> hidden = hiddenActions.isEmpty() ? Set.of("-") : hiddenActions;
        List<AuditEntry> rows;
        if (page.cursor() == null) {
            rows = find("entityType = ?1 and entityId = ?2 and action not in ?3 order by occurredAt, id", entityType,
                    entityId, hidden).page(0, page.fetchSize()).list();
        } else {
            Cursor cursor = Cursor.decode(page.cursor(), scope, 2);
            Instant after;
            long afterId;
            try {
                after = Instant.parse(cursor.values().get(0));
                afterId = Long.parseLong(cursor.values().get(1));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            rows = find("entityType = ?1 and entityId = ?2 and action not in ?5"
                    + " and (occurredAt > ?3 or (occurredAt = ?3 and id > ?4)) order by occurredAt, id", entityType,
                    entityId, after, afterId, hidden).page(0, page.fetchSize()).list();
        }
        return Page.of(rows, page, (AuditEntry last) ->
                new Cursor(scope, List.of(last.occurredAt.toString(), last.id.toString())).encode()).map(AuditLog::view);
    }

    public static AuditRecord view(AuditEntry entry) {
        return new AuditRecord(entry.id, entry.occurredAt, entry.actor, entry.action, entry.entityType,
                entry.entityId, read(entry.changes), entry.requestId);
    }

    private static String write(List<FieldChange> changes) {
        try {
            return Changes.JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes not serialisable", e);
        }
    }

    static List<FieldChange> read(String json) {
        try {
            return Changes.JSON.readValue(json, CHANGE_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes unreadable", e);
        }
    }
}
