package vn.ungcuu.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the test database holds, read directly (never through the service or the proxy). */
final class Rows {

    private final Map<String, String> datasource;

    Rows(Map<String, String> datasource) {
        this.datasource = datasource;
    }

    /** The ids of the unit's incidents. */
    java.util.Set<String> incidentsOf(String unit) {
        return new java.util.HashSet<>(strings("SELECT id::text FROM incident WHERE unit_code = ?", unit));
    }

    /** The unit's incidents stored without their CREATE audit entry or the obligations filing starts: half-written. */
    long incidentsWithoutTheirRecords(String unit) {
        return count("SELECT count(*) FROM incident i WHERE i.unit_code = ? AND ("
                + "(SELECT count(*) FROM audit_entry a WHERE a.entity_type = 'INCIDENT' AND a.entity_id = i.id::text"
                + " AND a.action = 'CREATE') <> 1 OR NOT EXISTS (SELECT 1 FROM incident_deadline d"
                + " WHERE d.incident_id = i.id AND d.starts_at = i.reported_at))", unit);
    }

    /** Idempotency keys claimed by a create whose answer was never stored. */
    long keysWithoutAnswers() {
        return count("SELECT count(*) FROM idempotency_key WHERE response_status IS NULL");
    }

    long count(String sql, Object... params) {
        List<String> column = strings(sql, params);
        return Long.parseLong(column.get(0));
    }

    /** The first column of every row, as text. */
    List<String> strings(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
