package vn.ungcuu.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads audit entries straight from JDBC rows, the one way the sealer, the verification and the list
 * read them, so the canonical form hashed at sealing is computed from exactly what is read later.
 */
final class AuditRows {

    /** The entry's columns, in the order {@link #entry(ResultSet, int)} reads them. */
    static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.entity_type, e.entity_id, e.action,"
            + " CAST(e.changes AS text), e.request_id";

    private static final ObjectMapper SORTED = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private AuditRows() {
    }

    /** The entry whose {@link #COLUMNS} start at the given column. */
    static AuditRecord entry(ResultSet row, int first) throws SQLException {
        return new AuditRecord(row.getLong(first), row.getObject(first + 1, OffsetDateTime.class).toInstant(),
                row.getString(first + 2), row.getString(first + 5), row.getString(first + 3), row.getString(first + 4),
                AuditLog.read(row.getString(first + 6)), row.getString(first + 7));
    }

    /**
     * The canonical form of the entry whose {@link #COLUMNS} start at the given column. Changes that are no
     * longer a list of field changes (a row written or edited behind the service's back) are hashed as raw
     * JSON with sorted keys, so such a row can neither stop the sealer nor look like the entry it replaced.
     */
    static String canonical(ResultSet row, int first) throws SQLException {
        try {
            return CanonicalForm.of(entry(row, first));
        } catch (RuntimeException unreadable) {
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("action", row.getString(first + 5));
            raw.put("actor", row.getString(first + 2));
            raw.put("entityId", row.getString(first + 4));
            raw.put("entityType", row.getString(first + 3));
            raw.put("id", row.getLong(first));
            raw.put("occurredAt", row.getObject(first + 1, OffsetDateTime.class).toInstant().toString());
            raw.put("requestId", row.getString(first + 7));
            try {
                raw.put("rawChanges", SORTED.readValue(row.getString(first + 6), Object.class));
                return SORTED.writeValueAsString(raw);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("audit entry " + row.getLong(first) + " unreadable", e);
            }
        }
    }
}
