/**
 * {@code Idempotency-Key} for creates ({@code POST /incidents}, {@code POST /incidents/{id}/attachments},
 * {@code POST /incidents/{id}/reports}): a retry replays the stored answer byte for byte
 * ({@code Idempotent-Replayed: true}) and creates nothing.
 *
 * <p>The key is claimed in the create's own transaction ({@link vn.ungcuu.idempotency.IdempotencyStore}), keyed by
 * caller ({@code sub}) and operation, with a SHA-256 of the canonical request. So a concurrent retry waits on the
 * claim and then replays the committed answer; a failed create releases the key with its rollback; the same key
 * with another body is a 422. Keys are kept {@code ungcuu.idempotency.retention} (24 h) and purged hourly,
 * safely on every instance at once.
 *
 * <p>Shared plumbing: depends on no feature; a feature calls it from its create.
 */
package vn.ungcuu.idempotency;
