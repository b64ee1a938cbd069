/**
 * {@link vn.ungcuu.config.UngCuuConfig}: the service-wide {@code ungcuu.*} settings (time zone, request limits,
 * deadlines, the severity criteria file, outbox schedules, idempotency retention, state-secret summaries), typed
 * through {@code @ConfigMapping} with their defaults. A setting only one feature reads may live in that feature
 * instead (e.g. {@code audit/AuditConfig}, {@code evidence/EvidenceConfig}).
 *
 * <p>Every setting, wherever it is mapped, has its row in README's "Configuration" tables:
 * {@code deploy/ConfigurationReferenceTest} fails the build when a mapped {@code ungcuu.*} property is missing
 * there or a documented one does not exist. Secrets come from the environment only, never from a committed file.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.config;
