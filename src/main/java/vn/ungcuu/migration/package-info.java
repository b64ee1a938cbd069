/**
 * The schema, applied at start: {@link vn.ungcuu.migration.Migrations} runs the Liquibase changesets
 * ({@code src/main/resources/db/changelog}) before every other start-up observer, with the owner role when
 * {@code quarkus.liquibase.username} is set, under a PostgreSQL advisory lock.
 *
 * <p><b>Why the lock:</b> Liquibase's own lock table is created by the first run, so two instances starting
 * together on an empty database both found no lock and both migrated ({@code ProvincialOutageIT} failed once
 * with "relation incident already exists"). The advisory lock, taken before Liquibase looks at anything, makes the
 * second instance wait, then find nothing left to do.
 *
 * <p><b>Changesets are append-only:</b> a change is a new numbered file ({@code NNN-what.yaml}) with its include
 * appended to {@code db.changelog-master.yaml}; a landed file is never edited, since every database that applied
 * it would then refuse to start on its checksum. The schema is only what the changesets make: PostgreSQL only,
 * Hibernate's schema generation off.
 *
 * <p>Shared plumbing: depends on no feature.
 */
package vn.ungcuu.migration;
