/**
 * HTTP details every resource shares: request size limits, entity tags and {@code If-Match}, path ids, query
 * parameter parsing, and CSV fields.
 *
 * <p>{@link vn.ungcuu.http.RequestLimits} holds every request to its limits (URI {@code ungcuu.max-uri-length},
 * headers {@code ungcuu.max-header-size}, JSON body {@code ungcuu.json-body-size}) before anything reads it, right
 * after the request id is given, so even that refusal is problem+json with an id. The HTTP codec's own limits are
 * set far above ours, because what the codec refuses gets a bare 414 or 431 that no handler can reach
 * (quarkus#55082).
 *
 * <p>Query parameters are parsed by us ({@link vn.ungcuu.http.EnumParams}), so a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404); path ids too ({@link vn.ungcuu.http.PathIds}): a malformed id names nothing,
 * so it is a 404 like any unknown id.
 *
 * <p><b>Concurrency.</b> A single resource carries {@code ETag} = its row version
 * ({@link vn.ungcuu.http.ETags}); {@code If-None-Match} answers 304; {@code PATCH} and {@code PUT} take a row
 * lock and honour {@code If-Match} (strong comparison, 412 when stale).
 *
 * <p>Shared plumbing: depends on no feature.
 */
package vn.ungcuu.http;
