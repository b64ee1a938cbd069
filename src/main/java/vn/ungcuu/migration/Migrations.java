package vn.ungcuu.migration;

import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.Statement;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import org.jboss.logging.Logger;
import vn.ungcuu.persistence.NetworkTimeout;

/**
 * Applies the Liquibase changesets at start, one instance at a time. Liquibase's own lock table is created
 * by the first run, so two instances starting together on an empty database both found no lock and both
 * migrated (ProvincialOutageIT failed once with "relation incident already exists"). A PostgreSQL advisory
 * lock, taken on the migration's own connection before Liquibase looks at anything, serialises them: the
 * second waits, then finds nothing left to do. Runs before every other start-up observer, which need the
 * tables; with the owner role when {@code quarkus.liquibase.username} is set.
 */
@ApplicationScoped
class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);
    static final String LOCK = "SELECT pg_advisory_lock(hashtext('ungcuu-liquibase-migrations'))";
    static final String UNLOCK = "SELECT pg_advisory_unlock(hashtext('ungcuu-liquibase-migrations'))";

    @Inject
    LiquibaseFactory factory;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) throws Exception {
        try (Liquibase liquibase = factory.createLiquibase()) {
            Connection connection = ((JdbcConnection) liquibase.getDatabase().getConnection()).getWrappedConnection();
            // waiting for another instance, or a long migration, must not hit the pool's socket timeout
            NetworkTimeout.during(connection, 0, () -> {
                long waitedFrom = System.nanoTime();
                try (Statement statement = connection.createStatement()) {
                    statement.execute(LOCK);
                }
                long waitedMs = (System.nanoTime() - waitedFrom) / 1_000_000;
                if (waitedMs > 1000) {
                    LOG.infof("waited %d ms for another instance's migrations", waitedMs);
                }
                // a pooled connection outlives this: unlock explicitly; a failure ends the start and the pool with it
                liquibase.update(factory.createContexts(), factory.createLabels());
                try (Statement statement = connection.createStatement()) {
                    statement.execute(UNLOCK);
                }
                return null;
            });
        }
    }
}
