/**
 * Who the caller is and what it may call: role names, the current user, token verification, and the rate limit.
 *
 * <p><b>Secure by default.</b> Every {@code /api} endpoint declares its roles ({@code @RolesAllowed}, with names
 * only from {@link vn.ungcuu.security.Roles}), and unannotated endpoints are denied
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}). Only {@code /q/health/*}, {@code /q/openapi} and
 * {@code /q/swagger-ui} are open; {@code /q/metrics} needs any valid token. Every 401 (missing, expired, tampered
 * or foreign token) is the same problem+json ({@link vn.ungcuu.security.ProblemChallengeMechanism}). A reporter's
 * token must carry its unit (claim {@code unit}), or every request is a 403. Which object a caller may see is the
 * feature's rule (e.g. {@code incident/IncidentAccess}); what it may not see answers 404, like what does not
 * exist. {@code AuthorizationMatrixTest} holds every operation of the API to a declared rule.
 *
 * <p><b>Tokens</b> are verified with the identity provider's key and issuer (the standard MicroProfile JWT
 * settings); the service refuses to start when a configured key file cannot be read
 * ({@link vn.ungcuu.security.VerificationKeyCheck}) rather than answer every request with a 500. A verified
 * token is reused by its exact text for up to 60 s, never past its {@code exp}
 * ({@link vn.ungcuu.security.CachingJwtParser}): verifying RS256 and parsing claims was 15–17 % of a GET's CPU in
 * the 1M-incident benchmark. The local mode's key pair is {@link vn.ungcuu.security.LocalKeys}; production never
 * uses it.
 *
 * <p><b>Rate limit.</b> A token bucket per caller (token subject) and instance ({@code ungcuu.rate-limit.*},
 * {@link vn.ungcuu.security.TokenBuckets}), so a runaway script or a stolen token cannot take the database from
 * everyone else. Kept in memory on purpose: a limit is protection, not state another replica needs, so with
 * several replicas a caller may get up to replicas × the limit (an ingress can limit globally).
 *
 * <p>Shared plumbing: depends on no feature.
 */
package vn.ungcuu.security;
