package vn.ungcuu.report;

import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * A report may wait for the database longer than the JDBC socket timeout that turns a hung database into
 * a quick 503 for everything else. Found by deploy/bench at 1M incidents: with 16 scripts asking at once,
 * each yearly report took 11–15 s and every one failed with 503 at the 10 s socket timeout; in a later run
 * they took 62 s and the default 60 s transaction timeout cancelled them (500).
 */
class ReportTimeoutIT {

    private final PostgresResource database = new PostgresResource();

    @AfterEach
    void stop() {
        database.stop();
    }

    @Test
    void aReportOutlastsTheSocketTimeoutOtherQueriesKeep() throws Exception {
        Map<String, String> datasource = database.start();
        String url = datasource.get("quarkus.datasource.jdbc.url");
        Map<String, String> env = PackagedService.environment(datasource);
        // a 1 s socket timeout stands for the 10 s default; the report's own allowance stays 120 s
        env.put("QUARKUS_DATASOURCE_JDBC_URL", url + (url.contains("?") ? "&" : "?") + "socketTimeout=1");
        // and a 2 s transaction timeout for the 60 s default, which cut off 16 yearly reports at once over
        // 1M incidents in deploy/bench (62 s each, all 500): the report's transaction lasts as its query may
        env.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", "2s");

        try (PackagedService service = PackagedService.startReady(env, "report-timeout-it");
                Connection locker = DriverManager.getConnection(url, datasource.get("quarkus.datasource.username"),
                        datasource.get("quarkus.datasource.password"))) {
            Api.as(Tokens.auditor()).get("/api/v1/reports/summary?period=2026").then().statusCode(200);

            CompletableFuture<Void> release = lockIncidentsFor3Seconds(locker, datasource);
            Api.as(Tokens.coordinator()).get("/api/v1/incidents").then().statusCode(503)
                    .body("type", equalTo("urn:ungcuu:problem:service-unavailable"));
            release.join();

            release = lockIncidentsFor3Seconds(locker, datasource);
            Api.as(Tokens.auditor()).get("/api/v1/reports/summary?period=2026").then().statusCode(200);
            release.join();
            // and the pooled connection got the ordinary timeout back
            Api.as(Tokens.coordinator()).get("/api/v1/incidents").then().statusCode(200);
        }
    }

    /**
     * Every query on the incidents waits until the returned future completes: 3 s after a query is first seen
     * waiting for the lock, so that the request's query waits its 3 s however long a loaded machine takes to
     * bring it to the database (a fixed 3 s from the lock could be over before it arrives).
     */
    private static CompletableFuture<Void> lockIncidentsFor3Seconds(Connection locker, Map<String, String> datasource)
            throws Exception {
        locker.setAutoCommit(false);
        try (Statement statement = locker.createStatement()) {
            statement.execute("LOCK TABLE incident IN ACCESS EXCLUSIVE MODE");
        }
        return CompletableFuture.runAsync(() -> {
            try {
                awaitAQueryWaitingForALock(datasource);
                Thread.sleep(3_000);
                locker.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Until a session of the test database waits for a lock, at most 60 s (then the lock goes anyway). */
    private static void awaitAQueryWaitingForALock(Map<String, String> datasource) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        try (Connection watcher = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                Statement statement = watcher.createStatement()) {
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }
}
