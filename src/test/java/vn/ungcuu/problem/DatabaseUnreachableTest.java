package vn.ungcuu.problem;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being out of reach (503) rather than a bug (500). */
class DatabaseUnreachableTest {

    @Test
    void aConnectionErrorAnywhereInTheCauses() {
        SQLException reset = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertSame(reset, ProblemMappers.databaseUnreachable(new IllegalStateException("wrapped", reset)));
    }

    @Test
    void noPooledConnectionInTime() {
        // Agroal: a bare SQLException caused by a TimeoutException; Hibernate: a generic JDBC exception
        SQLException acquisition = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        assertSame(acquisition, ProblemMappers.databaseUnreachable(
                new GenericJDBCException("Unable to acquire JDBC Connection", acquisition)));
    }

    @Test
    void aCommitWhoseAnswerNeverCame() {
        // Narayana: the commit's failure is a suppressed exception of the RollbackException, not its cause
        SQLException timeout = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(timeout);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertSame(timeout, ProblemMappers.databaseUnreachable(new RuntimeException("Error invoking subclass method",
                rollback)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertNull(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertNull(ProblemMappers.databaseUnreachable(new SQLException("canceling statement", "57014")));
        assertNull(ProblemMappers.databaseUnreachable(new SQLException("no state")));
        assertNull(ProblemMappers.databaseUnreachable(new NullPointerException()));
        RuntimeException loop = new RuntimeException("loop");
        RuntimeException other = new RuntimeException("other", loop);
        loop.addSuppressed(other);
        assertNull(ProblemMappers.databaseUnreachable(loop));
    }
}
