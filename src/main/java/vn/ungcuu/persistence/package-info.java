/**
 * Persistence helpers the features share: time-ordered ids, HQL filter conditions, conversion of values read
 * by native queries, and per-use network timeouts.
 *
 * <p>Ids are UUID version 7 ({@link vn.ungcuu.persistence.Ids}), so new rows land at the end of the primary-key
 * index. {@link vn.ungcuu.persistence.HqlFilters#anyOf HqlFilters.anyOf} binds one value as an equality and
 * several as {@code in}: Hibernate caches a query's SQL only when no parameter is a list, and re-translating it
 * on every call showed in the 1M-incident benchmark. {@link vn.ungcuu.persistence.NetworkTimeout} lengthens a
 * connection's socket timeout for work expected to take long (a report, migrations) and restores it before the
 * connection returns to the pool: every other read fails after 10 s, so a hung database is a quick 503 rather
 * than a request thread held forever.
 *
 * <p>PostgreSQL only, with the schema made only by the Liquibase changesets ({@code vn.ungcuu.migration});
 * Hibernate's schema generation is off.
 *
 * <p>Shared plumbing: depends on no other package of UngCuu.
 */
package vn.ungcuu.persistence;
