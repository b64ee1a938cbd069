/**
 * Faults and hostile input against the packaged service: what was tried, and what happened. README's
 * "Reliability" table has one line per fault; the detail is here.
 *
 * <p>Each test runs in {@code ./mvnw verify} (bounded in time, loopback only) unless marked otherwise. The
 * figures come from the 2-core development machine while other builds ran, so durations are upper bounds. Most
 * tests live in this package, on its fixtures ({@link vn.ungcuu.reliability.ProxiedDatabase} and
 * {@link vn.ungcuu.reliability.TcpProxy} to cut, hang or hold the database's traffic,
 * {@link vn.ungcuu.reliability.Cluster} for several instances, {@link vn.ungcuu.reliability.RecordingReceiver} for
 * the provincial endpoint); a few sit beside the code they exercise ({@code outbox/WebhookRestartIT},
 * {@code outbox/WebhookOutageTest}, {@code fuzz/HostileInputIT}, {@code security/AuthorizationMatrixTest},
 * {@code security/RateLimitIT}).
 *
 * <p><b>PostgreSQL stopped mid-run</b> (the loopback proxy resets and refuses connections;
 * {@link vn.ungcuu.reliability.DatabaseOutageIT}). Every request was answered within 15 s: a 503 problem+json
 * with {@code Retry-After: 5} in 0.2–2.3 s. Readiness went DOWN, and UP again 0.1–0.6 s after the database
 * returned; the first incident was filed within 2.4 s. Every create was entirely there or not at all, and retries
 * with the same {@code Idempotency-Key} gave one incident each.
 *
 * <p><b>PostgreSQL hung</b> (accepts connections, never answers; {@code DatabaseOutageIT}). Before: requests and
 * readiness hung past 30 s, with some 500s. Fix: PgJDBC {@code socketTimeout=10}, and every "database
 * unreachable" failure (SQLState 08, pool timeout, a failed commit) mapped to 503. Now readiness and requests
 * answer 503 in 10.2–10.3 s, and readiness is UP 0.2 s after the database answers again.
 *
 * <p><b>SIGKILL while 4 clients file incidents and an administrator edits units</b>
 * ({@link vn.ungcuu.reliability.KillDuringFilingIT}). In one run, 33 incidents were answered 201 and 16 changes
 * 200 before the kill, with 4 requests in flight. After the restart (8 s) every 201 was there with its audit
 * entry, every change had its one outbox event, the in-doubt requests replayed on retry, and the audit chain
 * verified.
 *
 * <p><b>SIGKILL while the provincial endpoint is down</b> ({@code outbox/WebhookRestartIT}). When the endpoint was
 * back, the restarted service delivered the waiting event exactly once, under the same delivery id: the outbox
 * lives in PostgreSQL, not in the process.
 *
 * <p><b>Provincial endpoint down</b> for 24 s (refusing, then answering 503) with 58 events, 3 of them poison
 * ({@link vn.ungcuu.reliability.ProvincialOutageIT}, two instances), and for 6 h on the movable clock with three
 * dispatchers ({@code outbox/WebhookOutageTest}). Before: an outage longer than {@code give-up-after} parked
 * every waiting event DEAD for good. Fix: an event is parked only when the endpoint accepts other events
 * meanwhile. Now every healthy event is delivered once after recovery (about 10 s for the backlog), never with
 * two requests for one delivery id at once, and poison events are parked after {@code give-up-after} without
 * holding up the others.
 *
 * <p><b>Two instances on one database, concurrent load</b> ({@link vn.ungcuu.reliability.TwoInstancesIT}). 80
 * concurrent creates through both: references distinct and gap-free. 10 races of 8 PATCHes with one ETag:
 * exactly one 200 and seven 412 each. Deadline checks: one breach, one audit entry and one event per incident.
 * About 90 webhooks, each sent once, never overlapping. Each property was shown to fail with its lock or guard
 * removed.
 *
 * <p><b>Hostile input</b>: 900 generated requests per run over every operation (bodies, headers, query
 * parameters, path segments, callers, multipart framing; {@code fuzz/HostileInputIT}, seeded and replayable
 * with {@code -Dungcuu.fuzz.seed=N}). Never a 5xx; every
 * error problem+json and declared in the document; a refused request changes no row. It found a 500 for
 * {@code filename*=NOPE''x}, a validation problem with a null field for an unnamed part, bare 414/431 answers
 * from the HTTP codec, and 413/415 undocumented on operations without a body: all fixed, with regression tests.
 *
 * <p><b>Authorisation</b>: every operation of the document × 11 callers (none, the 6 roles, own and other unit's
 * reporter, assigned and other responder, task assignee, provincial on escalated and on other incidents;
 * {@code security/AuthorizationMatrixTest}). 473 answers match the declared table (401; 403; 404 for what the
 * caller may not see); an operation without a rule fails the build; no authorisation bug was found.
 *
 * <p><b>A caller over its rate</b> ({@code security/RateLimitIT}): 429 problem+json with {@code Retry-After};
 * other callers are unaffected.
 *
 * <p><b>Soak</b>, by hand: 5 minutes, 16 clients creating, reading, listing, assessing and moving incidents
 * ({@link vn.ungcuu.reliability.SoakIT},
 * {@code ./mvnw verify -Dtest=none -Dit.test=SoakIT -Dungcuu.soak=PT5M}). 149,103 requests in 5 min (497/s) with
 * no error; p50 25.4 ms, p99 132 ms (the benchmark tool was seeding on the same 2 cores); heap after a full GC
 * 39 → 34 MiB, RSS 436 → 440 MiB, database connections 18 → 19 (pool of 20); 25,307 incidents filed.
 */
package vn.ungcuu.reliability;
