package vn.ungcuu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import vn.ungcuu.reliability.Filers.Outcome;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.Tokens;

/**
 * PostgreSQL becomes unreachable under the packaged service while clients are filing incidents, through a
 * loopback proxy: stopped (connections reset, new ones refused) or hung (connections accepted, never
 * answered). Every request answers within {@link #ANSWER_BOUND}, a 503 problem+json during the outage;
 * readiness goes DOWN; when the database returns the service recovers by itself; and every create is
 * either entirely in the database (incident, deadline, audit entry, idempotency answer) or not at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    /** The longest any request may take while the database is away: no thread hangs on it. */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(15);
    /** From the database's return to readiness UP and a first incident filed. */
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);
    /** How long the database stays away: longer than the bound, so a request that hangs shows. */
    static final Duration OUTAGE = Duration.ofSeconds(18);
    static final String UNAVAILABLE = "urn:ungcuu:problem:service-unavailable";

    private ProxiedDatabase db;
    private PackagedService service;

    /**
     * One service for both faults (a start is the slowest step of the class): each test files as a unit of
     * its own, and the service it gets has recovered from the other fault, which is what the other test
     * checked it does.
     */
    @BeforeAll
    void start() throws Exception {
        db = new ProxiedDatabase();
        service = db.launchThroughProxy("database-outage-it");
    }

    @AfterEach
    void forwardAgain() throws Exception {
        db.proxy.restore(); // a test that failed mid-outage leaves the next one a reachable database
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void databaseStopped() throws Exception {
        outage("stopped", () -> db.proxy.refuse());
    }

    @Test
    @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void databaseHung() throws Exception {
        outage("hung", () -> db.proxy.blackhole());
    }

    interface Fault {
        void begin() throws Exception;
    }

    private void outage(String name, Fault fault) throws Exception {
        String unit = Fixtures.commune();
        String reporter = Tokens.reporter(unit);
        String coordinator = Tokens.coordinator();
        String before = Fixtures.incidentFiledBy(reporter);

        // a peak of concurrent reads first: the pool holds more connections than the filers use, and the
        // idle ones die with the database too
        List<Callable<Probe>> peak = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            peak.add(() -> probe("peak", () -> Api.as(coordinator).get("/api/v1/incidents?limit=500")));
        }
        for (Probe probe : all(peak)) {
            assertEquals(200, probe.status(), probe.toString());
        }
        Filers filers = new Filers(unit, 3, Duration.ofMillis(100)).start();
        awaitWithin("six incidents filed before the fault", Duration.ofSeconds(30), () -> filers.created() >= 6);

        long faultAt = System.currentTimeMillis();
        fault.begin();
        // a few requests at once while the database is away: each a documented 503 problem, in time
        Map<String, Object> probeBody = new HashMap<>(Fixtures.incidentBody("Sự cố trong lúc mất CSDL"));
        String probeKey = "probe-" + UUID.randomUUID();
        List<Probe> probes = all(List.of(
                () -> probe("readiness", () -> RestAssured.given().config(Filers.bounded()).get("/q/health/ready")),
                () -> probe("POST /incidents", () -> Api.as(reporter).config(Filers.bounded())
                        .header("Idempotency-Key", probeKey).body(probeBody).post("/api/v1/incidents")),
                () -> probe("GET /incidents/{id}", () -> Api.as(coordinator).config(Filers.bounded())
                        .get("/api/v1/incidents/" + before)),
                () -> probe("GET /incidents", () -> Api.as(coordinator).config(Filers.bounded())
                        .get("/api/v1/incidents")),
                () -> probe("GET /units/{code}", () -> Api.as(coordinator).config(Filers.bounded())
                        .get("/api/v1/units/" + unit))));
        Probe readiness = probes.get(0);
        assertEquals(503, readiness.status(), "readiness DOWN: " + readiness);
        assertEquals("DOWN", readiness.type(), "readiness DOWN: " + readiness);
        assertTrue(readiness.millis() < ANSWER_BOUND.toMillis(), "answered within " + ANSWER_BOUND + ": " + readiness);
        for (Probe probe : probes.subList(1, probes.size())) {
            assertEquals(503, probe.status(), probe.toString());
            assertTrue(probe.contentType().startsWith(Api.PROBLEM_JSON), probe.toString());
            assertEquals(UNAVAILABLE, probe.type(), probe.toString());
            assertEquals("5", probe.retryAfter(), probe.toString());
            assertTrue(probe.millis() < ANSWER_BOUND.toMillis(), "answered within " + ANSWER_BOUND + ": " + probe);
        }

        Thread.sleep(Math.max(0, faultAt + OUTAGE.toMillis() - System.currentTimeMillis()));
        long restoredAt = System.currentTimeMillis();
        List<Outcome> duringOutage = filers.outcomes();
        db.proxy.restore();
        long up = awaitWithin("readiness UP", RECOVERY_BOUND, () -> ready() == 200) - restoredAt;
        long upAt = restoredAt + up;
        long firstFiled = awaitWithin("an incident filed after the return", RECOVERY_BOUND,
                () -> filers.startedSince(restoredAt).stream().anyMatch(o -> o.status() == 201)) - restoredAt;
        Thread.sleep(1000);
        List<Outcome> outcomes = filers.stop();

        List<Outcome> unavailable = outcomes.stream().filter(o -> o.status() == 503).toList();
        long slowest = outcomes.stream().mapToLong(Outcome::millis).max().orElse(0);
        long slowest503 = unavailable.stream().mapToLong(Outcome::millis).max().orElse(0);
        System.out.printf("[database %s] probes %s; filers: %d requests, %d created, %d x 503"
                        + " (slowest 503 %d ms, slowest answer %d ms); readiness UP %d ms after the return, first"
                        + " incident filed after %d ms%n", name, probes.stream().map(p -> p.name() + " "
                        + p.status() + " in " + p.millis() + " ms").toList(), outcomes.size(),
                outcomes.stream().filter(o -> o.status() == 201).count(), unavailable.size(), slowest503, slowest,
                up, firstFiled);

        // every filer's request was answered, in time, with 201 or the documented 503
        for (Outcome outcome : outcomes) {
            assertTrue(outcome.answered(), "no answer: " + outcome);
            assertTrue(outcome.millis() < ANSWER_BOUND.toMillis(), "answered within " + ANSWER_BOUND + ": " + outcome);
            assertTrue(outcome.status() == 201 || outcome.status() == 503 && UNAVAILABLE.equals(outcome.problemType())
                    && "5".equals(outcome.retryAfter()), "201 or 503 service-unavailable: " + outcome);
        }
        assertTrue(duringOutage.stream().anyMatch(o -> o.status() == 503), "the outage reached the filers");
        List<Outcome> afterRecovery = outcomes.stream().filter(o -> o.startedAtMillis() >= upAt && o.status() != 201)
                .toList();
        assertEquals(List.of(), afterRecovery, "once ready again, no request fails");

        // nothing half-written: each incident is there with its deadline, audit entry and idempotency answer
        assertEquals(0, db.rows.incidentsWithoutTheirRecords(unit), "an incident without its records");
        assertEquals(0, db.rows.keysWithoutAnswers(), "a claimed key without its answer");
        Set<String> created = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::id)
                .collect(Collectors.toSet());
        assertTrue(db.rows.incidentsOf(unit).containsAll(created), "every 201 is stored");

        // a retry of each refused request with its key files it exactly once (or replays what had committed)
        List<Outcome> refused = new ArrayList<>(unavailable);
        refused.add(new Outcome(reporter, probeKey, probeBody, 503, null, UNAVAILABLE, "5", false, 0, 0, null));
        int replayed = 0;
        Set<String> expected = new HashSet<>(created);
        expected.add(before);
        for (Outcome first : refused) {
            Outcome retry = Filers.file(first.token(), first.key(), first.body());
            assertEquals(201, retry.status(), "the retry of " + first + ": " + retry);
            replayed += retry.replayed() ? 1 : 0;
            expected.add(retry.id());
        }
        System.out.printf("[database %s] %d refused requests retried with their keys, %d of them had committed%n",
                name, refused.size(), replayed);
        assertEquals(expected, db.rows.incidentsOf(unit), "one incident per key, no more");
        assertEquals(1 + created.size() + refused.size(), expected.size(), "no key answered twice with different ids");
    }


    private static int ready() {
        try {
            return RestAssured.given().config(Filers.bounded()).get("/q/health/ready").statusCode();
        } catch (Exception e) { // REST Assured throws the client's SocketTimeoutException unchecked
            return -1;
        }
    }

    record Probe(String name, int status, String contentType, String type, String retryAfter, long millis,
            String error) {
    }

    private static Probe probe(String name, Supplier<Response> request) {
        long start = System.nanoTime();
        try {
            Response response = request.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            // a problem's type, or the health document's status
            String type = response.contentType().startsWith(Api.PROBLEM_JSON) ? response.path("type")
                    : response.contentType().startsWith("application/json") ? response.path("status") : null;
            return new Probe(name, response.statusCode(), response.contentType(), type, response.header("Retry-After"),
                    millis, null);
        } catch (Exception | AssertionError e) {
            return new Probe(name, -1, "", null, null, (System.nanoTime() - start) / 1_000_000, e.toString());
        }
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Waits for the condition, failing after {@code within}; returns the time it became true. */
    static long awaitWithin(String what, Duration within, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + within.toMillis();
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(100);
        }
        return System.currentTimeMillis();
    }

}
