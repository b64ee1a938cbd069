/**
 * Strict JSON reading ({@link vn.ungcuu.json.StrictJson}): an unknown field, a duplicate key, a number where text
 * is expected, a string where a boolean is expected, or trailing garbage is a 400, never silently dropped or
 * coerced, so a client's mistake is reported rather than guessed at. Strings holding the NUL character are
 * refused too ({@link vn.ungcuu.json.NoNulStrings}): PostgreSQL cannot store them, and a client's mistake must not
 * become a server error. Times are written as RFC 3339.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.json;
