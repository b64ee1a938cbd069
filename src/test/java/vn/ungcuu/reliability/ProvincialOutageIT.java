package vn.ungcuu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ungcuu.reliability.RecordingReceiver.Exchange;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.Tokens;

/**
 * The provincial endpoint down for a long stretch (first refusing connections, then answering 503), while
 * two instances keep dispatching from one outbox and new events keep coming, then back. Every event is
 * then delivered exactly once, by its first attempt after the endpoint is back, and none is parked for the
 * outage although it lasts three times give-up-after; no event is ever sent by both instances at once; poison
 * events (which the endpoint always refuses with 400), the oldest in the outbox and as many as a dispatcher
 * batch holds, delay none of the others and are parked DEAD only once the endpoint has been taking the others
 * for give-up-after. The same fault over hours of the movable clock, in-process, is WebhookOutageTest; here
 * it is the real schedulers of two processes competing for one outbox in real time, "long" meaning three
 * times give-up-after and twelve times the maximum backoff (what the dispatcher's arithmetic sees).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvincialOutageIT {

    private static final String SECRET = "outage-secret";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final Duration GIVE_UP = Duration.ofSeconds(8);
    private static final int BATCH = 3;
    private static final int POISONED = BATCH;
    private static final int EARLY = 45;
    private static final int DURING_OUTAGE = 10;
    private static final Duration REFUSING = Duration.ofSeconds(12);
    private static final Duration FAILING = Duration.ofSeconds(12);

    private final Cluster cluster = new Cluster();
    private final String admin = Tokens.admin();
    private RecordingReceiver receiver;

    @BeforeAll
    void start() throws Exception {
        receiver = RecordingReceiver.start(SECRET);
        receiver.down();
        Map<String, String> settings = new HashMap<>();
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_URL", receiver.url());
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_SECRET", SECRET);
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_INITIAL_BACKOFF", "PT0.5S");
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_MAX_BACKOFF", "PT" + MAX_BACKOFF.toSeconds() + "S");
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_GIVE_UP_AFTER", "PT" + GIVE_UP.toSeconds() + "S");
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_BATCH_SIZE", Integer.toString(BATCH));
        settings.put("UNGCUU_OUTBOX_DISPATCH_EVERY", "1s");
        cluster.start(2, settings, "provincial-outage-it");
    }

    @AfterAll
    void stop() throws InterruptedException {
        cluster.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void afterALongOutageEveryEventArrivesOnceAndPoisonDelaysNone() throws Exception {
        // the poisoned units' events come first: the oldest in the outbox, a whole batch of them
        List<String> poisoned = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < POISONED + EARLY; i++) {
            String unit = unit(i % 2);
            (i < POISONED ? poisoned : units).add(unit);
        }
        poisoned.forEach(receiver::poison);
        long outageStart = System.nanoTime();
        for (int i = 0; i < POISONED + EARLY; i++) {
            String unit = i < POISONED ? poisoned.get(i) : units.get(i - POISONED);
            changeFocalPoint(i % 2, unit, "Đầu mối mới " + i);
        }
        await("the endpoint refused connections for " + REFUSING, () -> System.nanoTime() - outageStart
                > REFUSING.toNanos());

        receiver.answer(503, 0);
        receiver.up();
        long failingSince = System.nanoTime();
        for (int i = 0; i < DURING_OUTAGE; i++) {
            changeFocalPoint(i % 2, units.get(i), "Đầu mối thứ ba " + i);
            Thread.sleep(FAILING.toMillis() / DURING_OUTAGE / 2);
        }
        await("the endpoint answered 503 for " + FAILING, () -> System.nanoTime() - failingSince > FAILING.toNanos());

        assertEquals(0, cluster.count("SELECT count(*) FROM outbox_event WHERE status <> 'PENDING'"),
                "events parked or sent while the endpoint was down for three times give-up-after");
        receiver.answer(200, 100);
        long back = System.nanoTime();
        Instant backAt = Instant.now();
        List<String> poison = ids("SELECT id::text FROM outbox_event WHERE body LIKE ANY (?)",
                (Object) poisoned.stream().map(code -> "%" + code + "%").toArray(String[]::new));
        List<String> normal = ids("SELECT id::text FROM outbox_event WHERE NOT (id::text = ANY (?))",
                (Object) poison.toArray(String[]::new));
        assertEquals(POISONED, poison.size());
        assertEquals(EARLY + DURING_OUTAGE, normal.size());
        await("every healthy event delivered", () -> cluster.count("SELECT count(*) FROM outbox_event"
                + " WHERE status = 'DELIVERED'") == normal.size());
        Thread.sleep(2 * MAX_BACKOFF.toMillis()); // the poison is retried meanwhile; nothing must arrive twice

        assertEquals(Set.of(), receiver.overlapping(), "deliveries with two requests in flight at once");
        Map<String, List<Exchange>> received = receiver.byDelivery();
        long lastAccepted = back;
        for (String id : normal) {
            List<Exchange> requests = received.getOrDefault(id, List.of());
            List<Exchange> accepted = requests.stream().filter(Exchange::accepted).toList();
            assertEquals(1, accepted.size(), "event " + id + " accepted once: " + statuses(requests));
            assertTrue(accepted.get(0).signed(), id);
            List<Exchange> afterBack = requests.stream().filter(request -> request.startNanos() >= back).toList();
            assertTrue(afterBack.size() <= 1 && (afterBack.isEmpty() || afterBack.get(0).accepted()),
                    "event " + id + " was delivered by its first attempt after recovery: " + statuses(afterBack));
            lastAccepted = Math.max(lastAccepted, accepted.get(0).endNanos());
        }
        Duration catchUp = Duration.ofNanos(lastAccepted - back);
        System.out.println("caught up " + catchUp.toMillis() + " ms after the endpoint came back; max in flight "
                + receiver.maxInFlight());
        assertTrue(catchUp.compareTo(Duration.ofSeconds(30)) < 0, "caught up after " + catchUp);
        assertTrue(receiver.maxInFlight() >= 2, "both instances dispatched at once");

        // the district keeps working: each new event goes out at once; the poison events are parked once the
        // endpoint has been taking the others for give-up-after, not before, and are not tried again
        List<String> later = new ArrayList<>();
        long trickleSince = System.nanoTime();
        while (cluster.count("SELECT count(*) FROM outbox_event WHERE status = 'DEAD'") < POISONED
                && System.nanoTime() - trickleSince < Duration.ofSeconds(40).toNanos()) {
            String unit = units.get(later.size() % units.size());
            changeFocalPoint(later.size() % 2, unit, "Đầu mối lần " + later.size());
            later.add(ids("SELECT id::text FROM outbox_event WHERE body LIKE ? ORDER BY occurred_at DESC, id DESC"
                    + " LIMIT 1", "%\"unitCode\":\"" + unit + "\"%").get(0));
            Thread.sleep(500);
        }
        for (String id : poison) {
            assertEquals(List.of(List.of("DEAD", 400)), cluster.rows(
                    "SELECT status, last_status_code FROM outbox_event WHERE id = ?::uuid", id), "poison " + id);
            Instant parkedAt = Instant.ofEpochMilli(cluster.count("SELECT (extract(epoch FROM max(attempted_at))"
                    + " * 1000)::bigint FROM outbox_attempt WHERE event_id = ?::uuid", id));
            assertTrue(!parkedAt.isBefore(backAt.plus(GIVE_UP).minusMillis(100)), "poison " + id + " parked at "
                    + parkedAt + ", " + Duration.between(backAt, parkedAt) + " after the endpoint was back");
        }
        Map<String, Integer> poisonRequests = new HashMap<>();
        poison.forEach(id -> poisonRequests.put(id, receiver.byDelivery().getOrDefault(id, List.of()).size()));
        Thread.sleep(2 * MAX_BACKOFF.toMillis() + 1000);
        assertEquals(0, cluster.count("SELECT count(*) FROM outbox_event WHERE status = 'PENDING'"));
        assertEquals(Set.of(), receiver.overlapping(), "deliveries with two requests in flight at once");
        received = receiver.byDelivery();
        for (String id : later) {
            assertEquals(List.of(200), received.getOrDefault(id, List.of()).stream().map(Exchange::status).toList(),
                    "later event " + id);
        }
        for (String id : poison) {
            List<Exchange> requests = received.getOrDefault(id, List.of());
            long afterBack = requests.stream().filter(request -> request.startNanos() >= back).count();
            assertTrue(afterBack >= 1 && requests.stream().filter(request -> request.startNanos() >= back)
                    .allMatch(request -> request.status() == 400), "poison " + id + " after recovery: "
                    + statuses(requests));
            assertEquals(poisonRequests.get(id), requests.size(), "poison " + id + " tried after it was parked");
        }

        // during the outage every early event was tried, and failed, at least once before it went through
        for (String id : ids("SELECT id::text FROM outbox_event WHERE NOT (id::text = ANY (?))"
                + " ORDER BY occurred_at LIMIT " + EARLY, (Object) poison.toArray(String[]::new))) {
            assertTrue(cluster.count("SELECT count(*) FROM outbox_attempt WHERE event_id = ?::uuid"
                    + " AND (status_code IS NULL OR status_code <> 200)", id) >= 1, "event " + id + " tried while down");
        }
        assertEquals(List.of(), cluster.rows("SELECT e.id, e.attempts, count(a.id) FROM outbox_event e"
                + " LEFT JOIN outbox_attempt a ON a.event_id = e.id GROUP BY e.id, e.attempts"
                + " HAVING e.attempts <> count(a.id)"), "each attempt recorded once");
    }

    private String unit(int instance) {
        String code = Fixtures.uniqueCode("XA");
        cluster.as(instance, admin).body(Map.of("code", code, "name", "UBND xã " + code, "type", "COMMUNE",
                "focalPoint", Map.of("name", "Lê Văn Bình"))).post("/api/v1/units").then().statusCode(201);
        return code;
    }

    private void changeFocalPoint(int instance, String unit, String name) {
        cluster.as(instance, admin).body(Map.of("name", "UBND xã " + unit, "type", "COMMUNE",
                "focalPoint", Map.of("name", name))).put("/api/v1/units/" + unit).then().statusCode(200);
    }

    private List<String> ids(String sql, Object... params) {
        return cluster.rows(sql, params).stream().map(row -> (String) row.get(0)).toList();
    }

    private static String statuses(List<Exchange> requests) {
        return requests.stream().map(request -> Integer.toString(request.status())).collect(Collectors.joining(","));
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        PackagedService.await(what, condition);
    }
}
