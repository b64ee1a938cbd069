/**
 * Evidence: files attached to incidents.
 *
 * <p>An upload ({@code POST /incidents/{id}/attachments}, multipart part {@code file}) is spooled to a temporary
 * file by the HTTP layer, then streamed into PostgreSQL ({@code bytea} in its own {@code attachment_content}
 * table, SHA-256 and size computed on the way) in the transaction of its description and its {@code ATTACH}
 * audit entry. Downloads stream back in 256 KiB slices ({@code substring}), re-hashed as they go, with a safe
 * {@code Content-Disposition} (an ASCII fallback plus {@code filename*}, {@link vn.ungcuu.evidence.Filenames}),
 * {@code nosniff}, and the SHA-256 as ETag. Measured with JFR on a 19.9 MB upload and download: the largest
 * single allocation was 4 KB (upload) and 256 KB (one download slice); heap after GC grew by under 1 MB.
 *
 * <p><b>Why {@code bytea} rather than large objects:</b> the same transaction, foreign keys, triggers, pg_dump
 * and logical replication all just work, and there are no orphans to clean up. Both tables are append-only (no
 * deletion is offered).
 *
 * <p>A file over {@code ungcuu.evidence.max-size} (20 MiB) is a 413, refused before a byte is spooled when its
 * size is declared ({@link vn.ungcuu.evidence.UploadLimit}); JSON bodies keep their own 1 MiB limit under the
 * server's 21 MiB ceiling. A {@code stateSecret}, CLOSED or REJECTED incident refuses evidence (409). With an
 * {@code Idempotency-Key}, a retried upload is stored once.
 *
 * <p>The byte store ({@link vn.ungcuu.evidence.EvidenceStore}), the multipart part's rules
 * ({@code AttachmentResource.theFile}), and the cleaning of names and media types are public for the preparedness
 * registers, whose files keep a description of their own (an attachment here belongs to an incident).
 */
package vn.ungcuu.evidence;
