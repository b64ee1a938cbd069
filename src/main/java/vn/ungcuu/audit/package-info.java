/**
 * The audit: append-only entries, the hash chain that seals them, its verification, and the history and search
 * over them.
 *
 * <p><b>Entries.</b> Every create and change writes an entry through {@link vn.ungcuu.audit.AuditLog} in the
 * transaction of the change: actor ({@code sub}), time, action, field-level {@code from}/{@code to} as JSON
 * ({@link vn.ungcuu.audit.Changes}), request id. The change and its record commit or fail together. A trigger
 * makes the table refuse {@code UPDATE}, {@code DELETE} and {@code TRUNCATE}; with a separate owner role, the
 * service's own role lacks those privileges too (an owner could disable a trigger, the service's role cannot).
 * {@link vn.ungcuu.audit.CanonicalForm} gives each entry a stable serialisation (sorted keys at every depth,
 * microsecond UTC time), the input of the hash chain.
 *
 * <p><b>Tamper evidence: a hash chain sealed in the background, not by the writers.</b> A trigger queues each
 * new entry's id ({@code audit_unsealed}) in the entry's transaction. {@link vn.ungcuu.audit.AuditSealer} runs
 * every second on each instance ({@code ungcuu.audit.seal-every}) under a transaction-level advisory lock, so one
 * instance seals at a time; it appends the committed queued entries, in id order, to {@code audit_seal}
 * ({@code position} 1, 2, 3… without gaps, {@code previous_hash}, {@code hash}, {@code sealed_at}) and removes
 * them from the queue in the same transaction. {@code hash = hex(SHA-256(previous_hash ‖ canonical form))}, with
 * 64 zeros before position 1 ({@link vn.ungcuu.audit.ChainHash}); {@code audit_seal} refuses changes like
 * {@code audit_entry}.
 * <i>Why not chain inside each write:</i> the writer would need the previous hash, so every audited write of the
 * service would wait on one lock for its whole transaction, and chain order would not be commit order;
 * per-incident chains with a global checkpoint shorten that wait but do not remove it, and need two checks. With
 * the sealer, writers never wait, and an entry that commits late (a lower id than entries already sealed) is
 * still queued and gets a later position. The cost: an entry stays unsealed for about a second
 * ({@code chainPosition} null, counted in {@code unsealed}).
 *
 * <p><b>{@code GET /audit/verify}</b> ({@link vn.ungcuu.audit.AuditVerifier}) seals what is queued, then
 * recomputes every hash from the entries' current rows in position order, 1,000 at a time, holding no
 * transaction open, and checks that every entry outside the chain is still queued. It answers 200 either way:
 * valid ({@code entries}, {@code sealedThrough}, {@code unsealed}, {@code headHash}) or the first broken entry
 * ({@code position}, {@code entryId}, {@code reason}: CONTENT_CHANGED, HASH_CHANGED, LINK_BROKEN, SEAL_MISSING,
 * ENTRY_MISSING, NOT_IN_CHAIN, HASH_MISMATCH). Someone with full database rights could rebuild the whole chain:
 * keep {@code headHash} outside the database (in the periodic report, say) and compare it later.
 *
 * <p><b>{@code GET /audit}</b> ({@link vn.ungcuu.audit.AuditSearch}) lists entries oldest first by (time, id),
 * not in chain order, so an entry shows as soon as it commits; each carries {@code chainPosition} and
 * {@code chainHash} once sealed. Filters: {@code entityType}, {@code entityId}, {@code actor}, {@code action}
 * (repeatable), {@code from} (inclusive), {@code to} (exclusive). An entity's history, oldest first, is
 * {@link vn.ungcuu.audit.AuditLog} too.
 *
 * <p>Every feature writes here; this package reads no feature and depends on shared plumbing only.
 */
package vn.ungcuu.audit;
