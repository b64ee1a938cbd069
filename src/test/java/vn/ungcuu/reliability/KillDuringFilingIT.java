package vn.ungcuu.reliability;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.ungcuu.reliability.Filers.Outcome;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.Tokens;

/**
 * The packaged service killed with SIGKILL while clients file incidents and an administrator changes a
 * unit's focal point (a change that emits an outbox event). So that the kill lands inside transactions,
 * not between them, the database traffic is held by a loopback proxy just before it and delivered just
 * after it: the process dies with statements and commits in flight, and a commit among them reaches
 * PostgreSQL with nobody left to answer. After a restart on the same database, every
 * incident answered 201 is there with its audit entry, every focal-point change answered 200 with its audit
 * entry and its one outbox event; nothing is half-written; the requests that got no answer, retried with
 * their Idempotency-Key, each file exactly one incident; the audit chain verifies and every event reaches
 * the feed.
 */
class KillDuringFilingIT {

    /** Incidents answered 201 before the kill. */
    static final int FILED_BEFORE_KILL = 30;
    static final int FOCAL_POINT_CHANGES_BEFORE_KILL = 5;
    static final String FOCAL_POINT_CHANGED = "unit.focal_point_changed";

    private ProxiedDatabase db;
    private PackagedService service;

    @BeforeEach
    void start() throws IOException {
        db = new ProxiedDatabase();
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        db.close();
    }

    @Test
    @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAnsweredChangeSurvivesSigkill() throws Exception {
        service = db.launchThroughProxy("kill-during-filing-it");
        String unit = Fixtures.commune();
        Filers filers = new Filers(unit, 4, Duration.ZERO).start();
        FocalPointChanges changes = new FocalPointChanges(unit).start();
        DatabaseOutageIT.awaitWithin(FILED_BEFORE_KILL + " incidents and " + FOCAL_POINT_CHANGES_BEFORE_KILL
                        + " focal-point changes", Duration.ofSeconds(60),
                () -> filers.created() >= FILED_BEFORE_KILL && changes.answered() >= FOCAL_POINT_CHANGES_BEFORE_KILL);

        db.proxy.pause(); // every transaction in flight stops where it is, and the next ones join them
        Thread.sleep(1500); // less than the database socket timeout: nothing gives up meanwhile
        long killedAt = System.currentTimeMillis();
        service.kill(); // SIGKILL, with the clients' requests in flight
        db.proxy.resume(); // what the dead process had sent reaches PostgreSQL, then its connections close
        List<Outcome> outcomes = filers.stop();
        List<String> changed = changes.stop();

        List<Outcome> created = outcomes.stream().filter(o -> o.status() == 201).toList();
        List<Outcome> unanswered = outcomes.stream().filter(o -> !o.answered()).toList();
        for (Outcome outcome : outcomes) {
            assertTrue(outcome.status() == 201 || !outcome.answered(), "201, or no answer: " + outcome);
            assertTrue(outcome.answered() || outcome.startedAtMillis() + outcome.millis() >= killedAt,
                    "only the kill leaves a request unanswered: " + outcome);
        }
        assertTrue(unanswered.stream().anyMatch(o -> o.startedAtMillis() < killedAt),
                "the kill caught requests in flight");

        service = db.launchDirect("kill-during-filing-restart-it");
        long restartedIn = System.currentTimeMillis() - killedAt;

        // every incident answered 201 is there, through the API and with its records
        String coordinator = Tokens.coordinator();
        for (Outcome outcome : created) {
            Api.as(coordinator).get("/api/v1/incidents/" + outcome.id()).then().statusCode(200)
                    .body("id", equalTo(outcome.id()));
        }
        Set<String> createdIds = created.stream().map(Outcome::id).collect(Collectors.toSet());
        assertEquals(created.size(), createdIds.size(), "one id per 201");
        assertTrue(db.rows.incidentsOf(unit).containsAll(createdIds), "every 201 is stored");
        assertEquals(0, db.rows.incidentsWithoutTheirRecords(unit), "an incident without its records");
        assertEquals(0, db.rows.keysWithoutAnswers(), "a claimed key without its answer");

        // every focal-point change answered 200 has its audit entry and exactly one outbox event; no event
        // exists without its change, nor a change without its event
        for (String name : changed) {
            assertEquals(1, db.rows.count("SELECT count(*) FROM audit_entry a, jsonb_array_elements(a.changes) c"
                    + " WHERE a.entity_type = 'UNIT' AND a.entity_id = ? AND a.action = 'UPDATE'"
                    + " AND c ->> 'field' = 'focalPoint' AND c -> 'to' ->> 'name' = ?", unit, name), "audit of " + name);
            assertEquals(1, db.rows.count("SELECT count(*) FROM outbox_event WHERE type = ?"
                    + " AND body::jsonb -> 'data' -> 'focalPoint' ->> 'name' = ?", FOCAL_POINT_CHANGED, name),
                    "outbox event of " + name);
        }
        long events = db.rows.count("SELECT count(*) FROM outbox_event WHERE type = ?"
                + " AND body::jsonb -> 'data' ->> 'unitCode' = ?", FOCAL_POINT_CHANGED, unit);
        assertEquals(db.rows.count("SELECT count(*) FROM audit_entry WHERE entity_type = 'UNIT' AND entity_id = ?"
                + " AND action = 'UPDATE'", unit), events, "one event per audited change");
        assertTrue(events == changed.size() || events == changed.size() + 1,
                "at most the one change in flight at the kill committed unanswered: " + events + " events, "
                        + changed.size() + " answered");

        // the requests the kill left unanswered, retried with their keys: each files exactly one incident
        int replayed = 0;
        Set<String> expected = new HashSet<>(createdIds);
        for (Outcome first : unanswered) {
            Outcome retry = Filers.file(first.token(), first.key(), first.body());
            assertEquals(201, retry.status(), "the retry of " + first + ": " + retry);
            replayed += retry.replayed() ? 1 : 0;
            expected.add(retry.id());
        }
        assertEquals(expected, db.rows.incidentsOf(unit), "one incident per key, no more");
        assertEquals(created.size() + unanswered.size(), expected.size(), "no key answered with two ids");

        // the audit chain is intact and every event gets its feed position after the restart
        Api.as(Tokens.auditor()).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
        DatabaseOutageIT.awaitWithin("every outbox event in the feed", Duration.ofSeconds(20),
                () -> db.rows.count("SELECT count(*) FROM outbox_event WHERE feed_position IS NULL") == 0);

        System.out.printf("[sigkill] %d incidents answered 201 and %d focal-point changes answered 200 before the"
                        + " kill; %d requests unanswered, %d of them had committed (replayed on retry); restarted"
                        + " and ready %d ms after the kill%n", created.size(), changed.size(), unanswered.size(),
                replayed, restartedIn);
    }



    /** An administrator replacing a unit's focal point in a loop; records the names answered 200. */
    private static final class FocalPointChanges {

        private final String unit;
        private final String admin = Tokens.admin();
        private final ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        private final List<String> unexpected = new ArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private Thread thread;

        FocalPointChanges(String unit) {
            this.unit = unit;
        }

        FocalPointChanges start() {
            thread = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String name = "Can bo dau moi " + n + " " + UUID.randomUUID().toString().substring(0, 8);
                    try {
                        Response response = Api.as(admin).config(Filers.bounded()).body(Map.of("name", "UBND xã "
                                + unit, "type", "COMMUNE", "focalPoint", Map.of("name", name)))
                                .put("/api/v1/units/" + unit);
                        if (response.statusCode() == 200) {
                            answered.add(name);
                        } else {
                            synchronized (unexpected) {
                                unexpected.add(name + ": " + response.statusCode() + " " + response.asString());
                            }
                        }
                    } catch (Exception | AssertionError e) {
                        // no answer: the process was killed (checked below: only after the kill)
                        if (!stop.get()) {
                            sleep();
                        }
                    }
                }
            }, "focal-point-changes");
            thread.setDaemon(true);
            thread.start();
            return this;
        }

        int answered() {
            return answered.size();
        }

        List<String> stop() throws InterruptedException {
            stop.set(true);
            thread.join(Filers.CLIENT_TIMEOUT.plusSeconds(5).toMillis());
            assertTrue(!thread.isAlive(), "the focal-point changes ended");
            synchronized (unexpected) {
                assertEquals(List.of(), unexpected, "every focal-point change before the kill answered 200");
            }
            return new ArrayList<>(answered);
        }

        private static void sleep() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
