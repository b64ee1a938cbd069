/**
 * Comments on incidents. Whoever may read an incident may comment on it, except auditors and administrators, who
 * only read.
 *
 * <p>Internal notes are written and read by staff only and never reach a reporter: not in the comment list, not
 * in the history (their audit action {@code COMMENT_INTERNAL} is filtered out for reporters), not in exports.
 * Comments are not sent as events: a conversation stays in the service. Each comment is audited on the incident
 * in its transaction.
 */
package vn.ungcuu.comment;
