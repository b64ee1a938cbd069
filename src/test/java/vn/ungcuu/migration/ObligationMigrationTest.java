package vn.ungcuu.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Changeset 017 on a database filled under the schema before it (001-016): every incident gets vn-2017, and
 * every deadline becomes an obligation with the same kind, due time, met time and breach mark.
 */
@QuarkusTest
class ObligationMigrationTest {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    @Inject
    DataSource db;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void everyOldDeadlineBecomesAnObligationOfVn2017WithNothingLost() throws Exception {
        String name = "ungcuu_migrate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("not a PostgreSQL URL: " + url);
        }
        String target = parts.group(1) + name + (parts.group(3) == null ? "" : parts.group(3));
        try (Connection connection = DriverManager.getConnection(target, user, password.orElse(""))) {
            migrate(connection, "db/before-obligations.yaml");
            fill(connection);
            List<String> before = rows(connection, "SELECT incident_id || ' ' || kind || ' ' || due_at || ' '"
                    + " || coalesce(met_at::text, '-') || ' ' || coalesce(breached_at::text, '-')"
                    + " FROM incident_deadline ORDER BY 1");

            migrate(connection, "db/changelog/db.changelog-master.yaml");

            assertEquals(before, rows(connection, "SELECT incident_id || ' ' || kind || ' ' || due_at || ' '"
                    + " || coalesce(met_at::text, '-') || ' ' || coalesce(breached_at::text, '-')"
                    + " FROM incident_deadline ORDER BY 1"), "every deadline kept as it was");
            assertEquals(List.of("vn-2017 1 4"), rows(connection,
                    "SELECT regime_id || ' ' || regime_version || ' ' || count(*) FROM incident GROUP BY regime_id, regime_version"));
            assertEquals(List.of(
                    "A NOTIFY OPEN 2025-03-01 02:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "B INITIAL_REPORT MET 2025-03-01 02:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "B NOTIFY MET 2025-03-01 02:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "C END_REPORT OPEN 2025-03-05 00:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "C NOTIFY MET 2025-03-01 02:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "D END_REPORT MET 2025-03-05 00:00:00+00 RESPONSE-TEAM vn-2017 1",
                    "D NOTIFY MET 2025-03-01 02:00:00+00 RESPONSE-TEAM vn-2017 1"),
                    rows(connection, "SELECT i.title || ' ' || d.kind || ' ' || d.status || ' ' || d.starts_at || ' '"
                            + " || d.recipient || ' ' || d.regime_id || ' ' || d.regime_version"
                            + " FROM incident_deadline d JOIN incident i ON i.id = d.incident_id ORDER BY 1"));

            // the fixed list of kinds is gone; the status is checked instead
            execute(connection, "INSERT INTO incident_deadline (incident_id, kind, status, starts_at, due_at, recipient,"
                    + " regime_id, regime_version) SELECT id, 'REPORT_72H', 'OPEN', now(), now(), 'PA05', 'vn-2026', 1"
                    + " FROM incident WHERE title = 'A'");
            assertThrows(SQLException.class, () -> execute(connection, "UPDATE incident_deadline SET status = 'MET'"
                    + " WHERE kind = 'REPORT_72H'"), "MET needs its metAt");
        } finally {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void migrate(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database);
        liquibase.update(new Contexts(), new LabelExpression());
    }

    /** Four incidents as the 2017 code left them: untouched, escalated, resolved, closed. */
    private static void fill(Connection connection) throws SQLException {
        execute(connection, "INSERT INTO unit (code, name, type, created_at, updated_at, version)"
                + " VALUES ('XA-MIGRATE', 'Xã Di Chuyển', 'COMMUNE', now(), now(), 0)");
        String incident = "INSERT INTO incident (id, reference, unit_code, title, description, category, status, tlp,"
                + " detected_at, reported_at, updated_at, beyond_capacity, reported_by, version, resolved_at)"
                + " VALUES (gen_random_uuid(), 'SC-2025-00000%d', 'XA-MIGRATE', '%s', 'x', 'MALWARE', '%s', 'AMBER',"
                + " '2025-03-01T01:00:00Z', '2025-03-01T02:00:00Z', now(), %s, 'reporter', 1, %s)";
        execute(connection, String.format(incident, 1, "A", "NEW", "false", "NULL"));
        execute(connection, String.format(incident, 2, "B", "ESCALATED", "true", "NULL"));
        execute(connection, String.format(incident, 3, "C", "RESOLVED", "false", "'2025-03-05T00:00:00Z'"));
        execute(connection, String.format(incident, 4, "D", "CLOSED", "false", "'2025-03-05T00:00:00Z'"));
        String deadline = "INSERT INTO incident_deadline (incident_id, kind, due_at, met_at, breached_at)"
                + " SELECT id, '%s', '%s', %s, %s FROM incident WHERE title = '%s'";
        execute(connection, String.format(deadline, "NOTIFY", "2025-03-06T01:00:00Z", "NULL", "'2025-03-06T01:01:00Z'", "A"));
        execute(connection, String.format(deadline, "NOTIFY", "2025-03-06T01:00:00Z", "'2025-03-02T00:00:00Z'", "NULL", "B"));
        execute(connection, String.format(deadline, "INITIAL_REPORT", "2025-03-02T02:00:00Z", "'2025-03-03T00:00:00Z'",
                "NULL", "B"));
        execute(connection, String.format(deadline, "NOTIFY", "2025-03-06T01:00:00Z", "'2025-03-01T05:00:00Z'", "NULL", "C"));
        execute(connection, String.format(deadline, "END_REPORT", "2025-03-10T00:00:00Z", "NULL", "NULL", "C"));
        execute(connection, String.format(deadline, "NOTIFY", "2025-03-06T01:00:00Z", "'2025-03-01T05:00:00Z'", "NULL", "D"));
        execute(connection, String.format(deadline, "END_REPORT", "2025-03-10T00:00:00Z", "'2025-03-08T00:00:00Z'",
                "NULL", "D"));
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
