package vn.ungcuu.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;

/**
 * {@code GET /audit}: every audit entry matching the filters, oldest first, keyset-paged on (time, id),
 * each with its chain position and hash once sealed. Time order rather than chain order, so that an entry
 * is listed as soon as it commits and a time range reads a slice of the (occurred_at, id) index.
 */
@ApplicationScoped
public class AuditSearch {

    @Inject
    EntityManager em;

    public Page<AuditLogEntry> list(AuditFilter filter, PageRequest page) {
        String scope = "audit:" + filter.fingerprint();
        Instant afterTime = null;
        long afterId = 0;
        if (page.cursor() != null) {
            Cursor cursor = Cursor.decode(page.cursor(), scope, 2);
            try {
                afterTime = Instant.parse(cursor.values().get(0));
                afterId = Long.parseLong(cursor.values().get(1));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(AuditRows.COLUMNS).append(", s.position, s.hash")
                .append(" FROM audit_entry e LEFT JOIN audit_seal s ON s.entry_id = e.id WHERE true");
        List<Object> params = new ArrayList<>();
        any(sql, params, "e.entity_type", filter.entityTypes());
        any(sql, params, "e.entity_id", filter.entityIds());
        any(sql, params, "e.actor", filter.actors());
        any(sql, params, "e.action", filter.actions());
        if (filter.from() != null) {
            sql.append(" AND e.occurred_at >= ?");
            params.add(utc(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.occurred_at < ?");
            params.add(utc(filter.to()));
        }
        if (afterTime != null) {
            sql.append(" AND (e.occurred_at, e.id) > (?, ?)");
            params.add(utc(afterTime));
            params.add(afterId);
        }
        sql.append(" ORDER BY e.occurred_at, e.id LIMIT ?");
        params.add(page.fetchSize());

        List<AuditLogEntry> items = em.unwrap(Session.class).doReturningWork(connection -> {
            List<AuditLogEntry> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    Object param = params.get(i);
                    if (param instanceof List<?> values) {
                        query.setArray(i + 1, connection.createArrayOf("varchar", values.toArray()));
                    } else {
                        query.setObject(i + 1, param);
                    }
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long position = rows.getLong(9);
                        Long chainPosition = rows.wasNull() ? null : position;
                        found.add(AuditLogEntry.of(AuditRows.entry(rows, 1), chainPosition, rows.getString(10)));
                    }
                }
            }
            return found;
        });
        return Page.of(items, page, last ->
                new Cursor(scope, List.of(last.at().toString(), Long.toString(last.id()))).encode());
    }

    private static void any(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" = ANY (?)");
            params.add(values);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
