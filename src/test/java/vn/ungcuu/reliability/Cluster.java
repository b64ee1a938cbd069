package vn.ungcuu.reliability;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;

/**
 * Several instances of the packaged service on one fresh PostgreSQL database, for the fault tests: each
 * request names the instance it goes to (REST Assured's global port points at whichever started last), and
 * the tests read the database directly to check what the instances wrote together.
 */
final class Cluster implements AutoCloseable {

    private final PostgresResource database = new PostgresResource();
    private final Map<String, String> datasource;
    private final List<PackagedService> instances = new ArrayList<>();

    Cluster() {
        datasource = database.start();
    }

    /**
     * Starts {@code count} instances at the same moment (each migrating the same empty database at start),
     * with the same environment, and waits until every one is ready.
     */
    void start(int count, Map<String, String> settings, String logName) throws Exception {
        Map<String, String> env = PackagedService.environment(datasource);
        env.putAll(settings);
        for (int i = 0; i < count; i++) {
            instances.add(PackagedService.start(env, logName + "-" + (char) ('a' + i)));
        }
        for (PackagedService instance : instances) {
            instance.awaitReady();
        }
    }

    int size() {
        return instances.size();
    }

    PackagedService instance(int index) {
        return instances.get(index);
    }

    /** A request to instance {@code index} as the caller with this token. */
    RequestSpecification as(int index, String token) {
        return Api.as(token).baseUri("http://127.0.0.1").port(instances.get(index).port());
    }

    long count(String sql, Object... params) {
        List<List<Object>> rows = rows(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    List<List<Object>> rows(String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i] instanceof String[] texts
                        ? connection.createArrayOf("text", texts) : params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every instance's log, concatenated (for sums over the instances and for failure messages). */
    List<String> logs() throws java.io.IOException {
        List<String> logs = new ArrayList<>();
        for (PackagedService instance : instances) {
            logs.add(instance.log());
        }
        return logs;
    }

    @Override
    public void close() throws InterruptedException {
        for (PackagedService instance : instances) {
            instance.close();
        }
        instances.clear();
        database.stop();
    }
}
