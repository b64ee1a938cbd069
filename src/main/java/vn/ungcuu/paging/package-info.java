/**
 * Paging of lists: {@link vn.ungcuu.paging.Page}, {@link vn.ungcuu.paging.PageRequest}, the keyset
 * {@link vn.ungcuu.paging.Cursor} and the {@code Link} header ({@link vn.ungcuu.paging.PageLinks}).
 *
 * <p>Every list is keyset-paged on (time, id), never by offset: a page costs the same at any depth, and walking
 * all pages yields every item exactly once while rows are being inserted. Cursors are opaque and bound to their
 * scope (a list and its sort); one that does not decode, or belongs to another scope, is a 400, never a query.
 * {@code limit} is 1–500 (default 50); when there is more, the body's {@code nextCursor} and
 * {@code Link: <…>; rel="next"} say where.
 *
 * <p>Shared plumbing: depends on no feature.
 */
package vn.ungcuu.paging;
