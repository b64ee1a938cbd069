package vn.ungcuu.support;

import javax.sql.DataSource;

/** What the audit table holds about one entity, counted in SQL (not through the API under test). */
public final class AuditEntries {

    private AuditEntries() {
    }

    /** How many entries record the action on the entity (e.g. "UNIT", "XA-1234ABCD", "UPDATE"). */
    public static long count(DataSource db, String entityType, String entityId, String action) {
        return Sql.count(db, "select count(*) from audit_entry where entity_type = ? and entity_id = ?"
                + " and action = ?", entityType, entityId, action);
    }

    /**
     * How many entries record the action on the entity with changes that contain the given JSON (jsonb
     * {@code @>}: every listed change is there, with at least the listed keys and values).
     */
    public static long countWithChanges(DataSource db, String entityType, String entityId, String action,
            String changes) {
        return Sql.count(db, "select count(*) from audit_entry where entity_type = ? and entity_id = ?"
                + " and action = ? and changes @> ?::jsonb", entityType, entityId, action, changes);
    }
}
