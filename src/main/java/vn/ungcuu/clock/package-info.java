/**
 * {@link vn.ungcuu.clock.TimeSource}, the service's one clock: every "now" the service stores or compares with a
 * deadline comes from it, so tests move time (deadlines, webhook retries, retention) instead of waiting for it.
 * Instants are cut to microseconds, PostgreSQL's precision, so what is handed out equals what is read back.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.clock;
