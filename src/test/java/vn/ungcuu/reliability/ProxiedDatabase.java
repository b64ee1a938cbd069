package vn.ungcuu.reliability;

import java.io.IOException;
import java.util.Map;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;

/**
 * A fresh test database with a {@link TcpProxy} in front of it, for the fault tests: the packaged service
 * is launched through the proxy (so the test can cut, hang or hold its traffic) or straight at the
 * database, and {@link #rows} reads the database directly.
 */
final class ProxiedDatabase implements AutoCloseable {

    private final PostgresResource database = new PostgresResource();
    private final Map<String, String> datasource;
    final TcpProxy proxy;
    final Rows rows;

    ProxiedDatabase() throws IOException {
        datasource = database.start();
        rows = new Rows(datasource);
        proxy = TcpProxy.toServerOf(url());
    }

    PackagedService launchThroughProxy(String logName) throws Exception {
        return launch(logName, proxy.through(url()));
    }

    PackagedService launchDirect(String logName) throws Exception {
        return launch(logName, url());
    }

    private PackagedService launch(String logName, String jdbcUrl) throws Exception {
        Map<String, String> env = PackagedService.environment(datasource);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        return PackagedService.startReady(env, logName);
    }

    private String url() {
        return datasource.get("quarkus.datasource.jdbc.url");
    }

    @Override
    public void close() throws IOException {
        proxy.close();
        database.stop();
    }
}
