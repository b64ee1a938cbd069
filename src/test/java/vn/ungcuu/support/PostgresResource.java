package vn.ungcuu.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real PostgreSQL for the tests. Given a server ({@code QUARKUS_DATASOURCE_JDBC_URL}, as CI does), the
 * run gets a fresh database on it, dropped afterwards; given none, an embedded PostgreSQL 17 starts.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    private EmbeddedPostgres embedded;
    private String serverUrl;
    private String database;
    private String user;
    private String password;

    @Override
    public Map<String, String> start() {
        serverUrl = env("QUARKUS_DATASOURCE_JDBC_URL");
        try {
            if (serverUrl == null) {
                embedded = EmbeddedPostgres.builder().setPort(0).start();
                return datasource(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
            }
            user = envOr("QUARKUS_DATASOURCE_USERNAME", "postgres");
            password = envOr("QUARKUS_DATASOURCE_PASSWORD", "");
            database = "ungcuu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + database);
            Matcher url = JDBC_URL.matcher(serverUrl);
            if (!url.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + serverUrl);
            }
            String testUrl = url.group(1) + database + (url.group(3) == null ? "" : url.group(3));
            return datasource(testUrl, user, password);
        } catch (Exception e) {
            throw new IllegalStateException("cannot provide a test database", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (database != null) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (Exception e) {
            System.err.println("test database not cleaned up: " + e.getMessage());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String envOr(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }
}
