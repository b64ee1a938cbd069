/**
 * {@link vn.ungcuu.clock.TimeSource}, the service's one clock: every "now" the service stores or compares with a
 * deadline comes from it, so tests move time (deadlines, webhook retries, retention) instead of waiting for it.
 * Instants are cut to microseconds, PostgreSQL's precision, so what is handed out equals what is read back.
 * {@link vn.ungcuu.clock.Backoff} is the one rule for how long a failed delivery (webhook, e-mail) waits.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.clock;
