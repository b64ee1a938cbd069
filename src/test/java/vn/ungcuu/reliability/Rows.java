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
