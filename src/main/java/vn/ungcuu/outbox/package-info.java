/**
 * The transactional outbox: events for the provincial systems, written in the transaction of the change that
 * caused them, then delivered as signed webhooks and offered as a pull feed.
 *
 * <p><b>Why an outbox.</b> {@link vn.ungcuu.outbox.Outbox#publish Outbox.publish} inserts the event in the
 * caller's transaction, so an event exists if and only if its change committed: no event for a rolled-back
 * change, no change without its event. Nothing lives in memory, so a restart simply resumes. The events:
 * {@code escalation.created}, {@code escalation.updated}, {@code incident.updated} (any change to an incident
 * with an open escalation), {@code deadline.breached}, {@code unit.focal_point_changed} (Circular 20/2017
 * wants focal point changes reported within 24 h), {@code report.recorded} (an official report a unit sent,
 * for every incident, escalated or not: the provincial police PA05 and the response team receive these reports,
 * and their systems learn from the webhook that one was sent and what it met) and {@code unit.succession} (a unit
 * merged into or split among others: the province's map changed). The features call this package;
 * it imports none of them.
 *
 * <p><b>Webhooks</b> ({@link vn.ungcuu.outbox.WebhookDispatcher}). Due events are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and stay locked while they are POSTed, so instances sharing the database never
 * send one event at once. Headers: {@code X-UngCuu-Event}, {@code X-UngCuu-Delivery} (the event id, stable across
 * retries: delivery is at least once, and the receiver de-duplicates on it) and
 * {@code X-UngCuu-Signature-256: sha256=<HMAC>} ({@link vn.ungcuu.outbox.WebhookSignature}). A failure is retried
 * after 2 s, doubling to at most 5 min, with ±20 % jitter. An event still undelivered {@code give-up-after}
 * (2 days) after it occurred, while the endpoint accepted other events (one more than that long ago, and one
 * since the event's previous attempt), is parked DEAD without holding up the others. An outage of the endpoint
 * itself parks nothing, however long: every waiting event goes out when it is back. (Parking on age alone parked
 * the whole backlog after a long outage; {@code ProvincialOutageIT} and {@code WebhookOutageTest} hold the fix.)
 * Every attempt is kept, and shown by {@code GET /escalations/{id}/deliveries}.
 *
 * <p><b>The pull feed</b> ({@code GET /events?after=<cursor>}, {@link vn.ungcuu.outbox.EventFeed}) is for
 * integrations that cannot receive webhooks. {@link vn.ungcuu.outbox.FeedSequencer} hands out positions to
 * committed events only, in one sequence, from one instance at a time (advisory lock), so a transaction that
 * commits late can never slip an event behind a reader's cursor. {@code nextCursor} is never null: poll with the
 * last one. Administrators see every event; the provincial role those of escalated incidents and of units (a
 * deadline breach of an incident never escalated stays local, while the webhook, configured by the deploying
 * body, gets everything).
 */
package vn.ungcuu.outbox;
