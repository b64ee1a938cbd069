/**
 * {@link vn.ungcuu.requestid.RequestIds}: every request gets an id, the client's {@code X-Request-Id} when it is
 * sane, a new UUID otherwise. It runs first of all routes, so even a request refused for its size carries one.
 * The id is echoed in the response and written in the audit entry and in every problem body, so a user's
 * complaint, a log line and an audit entry can be matched.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.requestid;
