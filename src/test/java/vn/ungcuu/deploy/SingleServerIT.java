package vn.ungcuu.deploy;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * The single-server install as deploy/README.md tells it, on this machine's PostgreSQL: create-database.sh
 * makes the database and the two roles, the packaged service starts with the settings of the environment
 * file template (only the values that differ on a test machine are replaced), works as the app role, cannot
 * rewrite the audit history, and backup-roundtrip.sh restores an identical copy while it runs.
 */
class SingleServerIT {

    private static final Path SINGLE_SERVER = Path.of("deploy", "single-server");
    private static final Pattern SERVER = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]*)");
    /** The values a test machine must replace; every other setting of the template runs as written. */
    private static final Set<String> REPLACED = Set.of("QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_LIQUIBASE_USERNAME", "QUARKUS_LIQUIBASE_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY");

    private final PostgresResource server = new PostgresResource();
    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String database = "ungcuu_install_" + suffix;
    private final String owner = "ungcuu_owner_" + suffix;
    private final String app = "ungcuu_app_" + suffix;
    private Map<String, String> datasource;
    private String host;
    private String port;

    @BeforeEach
    void startServer() {
        datasource = server.start();
        Matcher url = SERVER.matcher(datasource.get("quarkus.datasource.jdbc.url"));
        assertTrue(url.find(), "a PostgreSQL URL");
        host = url.group(1);
        port = url.group(2) == null ? "5432" : url.group(2);
    }

    @AfterEach
    void dropEverything() throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + app);
            statement.execute("DROP ROLE IF EXISTS " + owner);
        } finally {
            server.stop();
        }
    }

    @Test
    void installsRunsAsTheAppRoleAndBacksUpWhileRunning() throws Exception {
        assumeTrue(Tools.onPath("psql"), "psql (Debian package postgresql-client) is needed to run the install script");
        Tools.Result created = Tools.run(SINGLE_SERVER.resolve("create-database.sh"), scriptEnvironment());
        assertEquals(0, created.status(), created.output());

        Map<String, String> template = EnvironmentFile.read(SINGLE_SERVER.resolve("ungcuu.env"));
        assertTrue(template.keySet().containsAll(REPLACED), "the template names " + REPLACED);
        Map<String, String> environment = new HashMap<>(template);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        environment.put("QUARKUS_DATASOURCE_USERNAME", app);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "app-secret");
        environment.put("QUARKUS_LIQUIBASE_USERNAME", owner);
        environment.put("QUARKUS_LIQUIBASE_PASSWORD", "owner-secret");
        environment.put("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", Files.createTempDirectory("ungcuu-uploads").toString());
        environment.putAll(PackagedService.testKeyEnvironment());

        try (PackagedService service = PackagedService.startReady(environment, "single-server-it")) {
            for (String probe : DeployFiles.probePaths()) {
                Api.anonymous().get(probe).then().statusCode(200).body("status", equalTo("UP"));
            }
            String unit = Fixtures.commune();
            String incident = Fixtures.incidentFiledBy(Tokens.reporter(unit));
            PackagedService.await("the audit sealer (as the app role) to seal the new entries",
                    () -> count("SELECT count(*) FROM audit_seal") > 0 && count("SELECT count(*) FROM audit_unsealed") == 0);

            assertRefusedByPrivilege("UPDATE audit_entry SET actor = 'x'");
            assertRefusedByPrivilege("DELETE FROM audit_entry");
            assertRefusedByPrivilege("TRUNCATE audit_seal");
            assertRefusedByPrivilege("DELETE FROM databasechangelog");
            assertRefusedByPrivilege("CREATE TABLE intruder (id int)");

            assumeTrue(Tools.pgDumpCanRead(superuser()), "pg_dump older than the server: backup round trip not tried");
            Tools.Result roundTrip = Tools.run(SINGLE_SERVER.resolve("backup-roundtrip.sh"), scriptEnvironment());
            assertEquals(0, roundTrip.status(), roundTrip.output());
            assertTrue(roundTrip.output().contains("round trip ok"), roundTrip.output());

            Api.as(Tokens.auditor()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
            Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + incident).then().statusCode(200);
        }
    }

    @Test
    void refusesToStartWhenTheKeyFileCannotBeRead() throws Exception {
        Map<String, String> environment = PackagedService.environment(datasource);
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "/etc/ungcuu/no-such-key.pem");

        try (PackagedService service = PackagedService.start(environment, "single-server-bad-key-it")) {
            assertNotEquals(0, service.awaitExit(Duration.ofSeconds(60)), "a failed start exits non-zero");
            assertTrue(service.log().contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), "the log names the setting");
        }
    }

    private Map<String, String> scriptEnvironment() {
        return Map.of("PGHOST", host, "PGPORT", port, "PGUSER", datasource.get("quarkus.datasource.username"),
                "PGPASSWORD", datasource.get("quarkus.datasource.password"), "PGDATABASE", "postgres",
                "UNGCUU_DB", database, "UNGCUU_OWNER", owner, "UNGCUU_APP", app,
                "UNGCUU_OWNER_PASSWORD", "owner-secret", "UNGCUU_APP_PASSWORD", "app-secret");
    }

    private void assertRefusedByPrivilege(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database, app, "app-secret");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
            fail("the app role could run: " + sql);
        } catch (SQLException refused) {
            assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            assertTrue(refused.getMessage().contains("permission denied"),
                    sql + " is refused by privilege, not only by a trigger: " + refused.getMessage());
        }
    }

    private long count(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/"
                + database, datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
    }
}
