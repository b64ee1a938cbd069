package vn.ungcuu.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work with a connection's socket timeout changed, and puts the previous value back before the
 * connection returns to the pool. The pool's 10 s turns a hung database into a quick 503; the few long
 * waits that are expected (a report over millions of rows, migrations, another instance's migrations)
 * get their own.
 */
public final class NetworkTimeout {

    /** Work on the connection, failing with its own kind of exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private NetworkTimeout() {
    }

    /** {@code millis} 0 waits for ever. */
    public static <T, E extends Exception> T during(Connection connection, int millis, Work<T, E> work)
            throws E, SQLException {
        int previous = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, millis);
        try {
            return work.run();
        } finally {
            connection.setNetworkTimeout(Runnable::run, previous);
        }
    }
}
