package vn.ungcuu.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.WebhookReceiver;

/**
 * The provincial endpoint down for six hours on the movable clock (six times give-up-after, PT1H in the
 * tests; first resetting connections, then answering 503) while three dispatchers share the outbox, then
 * back. Every event then arrives exactly once, by its first attempt after the endpoint is back; no event is
 * ever sent twice in one round by two dispatchers; retries during the outage follow the capped backoff;
 * a poison event (always 400) delays nothing, is not parked for the outage, and is parked DEAD once the
 * endpoint has been taking the other events for give-up-after. The same fault between two real processes: ProvincialOutageIT.
 */
@QuarkusTest
class WebhookOutageTest {

    private static final Duration STEP = Duration.ofSeconds(150);
    private static final Duration OUTAGE = Duration.ofHours(6);
    private static final Duration GIVE_UP = Duration.ofHours(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int DISPATCHERS = 3;
    private static final int EARLY = 24;
    private static final int DURING_OUTAGE = 8;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DataSource db;

    @ConfigProperty(name = "ungcuu.provincial.webhook.url")
    String webhookUrl;

    private WireMock receiver;
    private final ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
    /** Every request the receiver answered, per delivery id, as the status codes it got (0: connection reset). */
    private final Map<String, List<Integer>> answered = new HashMap<>();

    @BeforeEach
    void receiver() {
        receiver = WebhookReceiver.client(webhookUrl);
        WebhookReceiver.acceptAll(receiver);
        for (int i = 0; i < 20 && dispatcher.dispatchDue() > 0; i++) {
            // deliver what earlier tests left waiting
        }
        receiver.resetRequests();
        // earlier tests moved the clock and left deliveries stamped hours ahead: this test's history starts
        // after all of them, as it would in a real outbox
        long latest = Sql.count(db, "SELECT coalesce(extract(epoch FROM greatest(max(o.occurred_at),"
                + " max(o.next_attempt_at), max(o.delivered_at), (SELECT max(attempted_at) FROM outbox_attempt)))"
                + " * 1000, 0)::bigint FROM outbox_event o");
        long ahead = latest - System.currentTimeMillis();
        if (ahead > 0) {
            MovableTimeSource.advance(Duration.ofMillis(ahead).plus(STEP));
        }
    }

    @AfterEach
    void reset() {
        pool.shutdownNow();
        MovableTimeSource.reset();
        WebhookReceiver.acceptAll(receiver);
    }

    @Test
    void afterAnOutageLongerThanGiveUpEveryEventArrivesOnceAndPoisonDelaysNone() throws Exception {
        assertTrue(OUTAGE.compareTo(GIVE_UP.multipliedBy(2)) > 0, "the outage outlasts give-up-after");
        String admin = Tokens.admin();
        String poisonUnit = Fixtures.commune();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < EARLY; i++) {
            units.add(Fixtures.commune());
        }
        // the endpoint goes down; the poison event is the oldest in the outbox
        StubMapping down = receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(2)
                .withRequestBody(containing(poisonUnit)).willReturn(aResponse().withStatus(400)));
        changeFocalPoint(admin, poisonUnit, "Đầu mối độc");
        for (int i = 0; i < EARLY; i++) {
            changeFocalPoint(admin, units.get(i), "Đầu mối mới " + i);
        }
        String poison = eventsOf(poisonUnit).get(0);
        Duration elapsed = Duration.ZERO;
        while (elapsed.compareTo(OUTAGE) < 0) {
            if (elapsed.equals(OUTAGE.dividedBy(2))) {
                receiver.removeStubMapping(down);
                down = receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1)
                        .willReturn(aResponse().withStatus(503)));
                for (int i = 0; i < DURING_OUTAGE; i++) {
                    changeFocalPoint(admin, units.get(i), "Đầu mối thứ ba " + i);
                }
            }
            round();
            MovableTimeSource.advance(STEP);
            elapsed = elapsed.plus(STEP);
        }
        List<String> healthy = new ArrayList<>();
        units.forEach(unit -> healthy.add(eventsOf(unit).get(0)));
        for (int i = 0; i < DURING_OUTAGE; i++) {
            healthy.add(eventsOf(units.get(i)).get(1));
        }
        assertEquals(EARLY + DURING_OUTAGE, healthy.size());
        assertEquals(List.of(), notPending(healthy, poison), "events parked while the endpoint was down");
        Map<String, List<Integer>> duringOutage = copy(answered);
        for (String id : healthy.subList(0, EARLY)) {
            int tries = duringOutage.getOrDefault(id, List.of()).size();
            // one try a round while the backoff is under a round (8 tries), then one every 2 or 3 rounds; never
            // more often than the capped backoff less its jitter allows
            assertTrue(tries >= 50 && tries <= 8 + OUTAGE.toSeconds() / (MAX_BACKOFF.toSeconds() * 8 / 10) + 1,
                    "event " + id + " tried " + tries + " times in " + OUTAGE);
            assertTrue(duringOutage.get(id).stream().allMatch(status -> status == 0 || status == 503), id);
        }

        // back: every healthy event goes out by its next attempt, at most one maximum backoff (+ jitter) away
        receiver.removeStubMapping(down);
        answered.clear();
        Duration sinceBack = Duration.ZERO;
        while (sinceBack.compareTo(MAX_BACKOFF.multipliedBy(12).dividedBy(10).plus(STEP)) <= 0) {
            round();
            MovableTimeSource.advance(STEP);
            sinceBack = sinceBack.plus(STEP);
        }
        assertEquals(List.of(), notDelivered(healthy), "still undelivered " + sinceBack + " after recovery");
        for (String id : healthy) {
            assertEquals(List.of(200), answered.get(id), "event " + id + " after recovery");
        }
        assertTrue(answered.get(poison).stream().allMatch(status -> status == 400), "poison: " + answered.get(poison));

        // the district keeps working (an event a round, each out at once); the poison is parked once the
        // endpoint has been taking the others for give-up-after, not before
        List<String> later = new ArrayList<>();
        while (sinceBack.compareTo(GIVE_UP.minus(MAX_BACKOFF)) < 0) {
            later.add(newEvent(admin, units.get(later.size() % EARLY), later.size()));
            round();
            MovableTimeSource.advance(STEP);
            sinceBack = sinceBack.plus(STEP);
        }
        assertEquals("PENDING", status(poison), "poison parked before the endpoint had give-up-after to take it");
        while (sinceBack.compareTo(GIVE_UP.plus(MAX_BACKOFF.multipliedBy(3))) < 0) {
            later.add(newEvent(admin, units.get(later.size() % EARLY), later.size()));
            round();
            MovableTimeSource.advance(STEP);
            sinceBack = sinceBack.plus(STEP);
        }
        assertEquals("DEAD", status(poison));
        int poisonTries = answered.get(poison).size();
        MovableTimeSource.advance(Duration.ofHours(1));
        round();
        assertEquals(poisonTries, answered.get(poison).size(), "a DEAD event is not tried again");
        healthy.forEach(id -> assertEquals(List.of(200), answered.get(id), id));
        later.forEach(id -> assertEquals(List.of(200), answered.get(id), "later event " + id));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM (SELECT e.id FROM outbox_event e"
                + " JOIN outbox_attempt a ON a.event_id = e.id GROUP BY e.id, e.attempts"
                + " HAVING e.attempts <> count(a.id)) broken"), "each attempt recorded once");
    }

    /**
     * The dispatchers run at once on the movable clock, which stands still during the round: an event sent
     * twice in a round was sent by two dispatchers (a retry is never due again within 1.6 s).
     */
    private void round() throws Exception {
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < DISPATCHERS; i++) {
            runs.add(pool.submit(dispatcher::dispatchDue));
        }
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        List<ServeEvent> served = receiver.getServeEvents();
        receiver.resetRequests();
        Map<String, Long> perDelivery = served.stream().collect(Collectors.groupingBy(
                event -> String.valueOf(event.getRequest().getHeader("X-UngCuu-Delivery")), Collectors.counting()));
        perDelivery.forEach((id, times) -> assertEquals(1L, times, "delivery " + id + " sent " + times
                + " times in one round"));
        for (ServeEvent event : served) {
            int status = event.getResponseDefinition().getFault() != null ? 0 : event.getResponse().getStatus();
            answered.computeIfAbsent(event.getRequest().getHeader("X-UngCuu-Delivery"), id -> new ArrayList<>())
                    .add(status);
        }
    }

    private void changeFocalPoint(String admin, String unit, String name) {
        Api.as(admin).body(Map.of("name", "UBND xã " + unit, "type", "COMMUNE", "focalPoint", Map.of("name", name)))
                .put("/api/v1/units/" + unit).then().statusCode(200);
    }

    /** A new focal-point event of the unit; returns its id. */
    private String newEvent(String admin, String unit, int index) {
        changeFocalPoint(admin, unit, "Đầu mối lần " + index);
        List<String> events = eventsOf(unit);
        return events.get(events.size() - 1);
    }

    /** The unit's focal-point events, oldest first. */
    private List<String> eventsOf(String unit) {
        List<String> ids = new ArrayList<>();
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "SELECT id::text FROM outbox_event WHERE type = 'unit.focal_point_changed' AND body LIKE ?"
                        + " ORDER BY occurred_at, id")) {
            statement.setString(1, "%\"unitCode\":\"" + unit + "\"%");
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private String status(String id) {
        for (String status : List.of("PENDING", "DELIVERED", "DEAD")) {
            if (Sql.count(db, "SELECT count(*) FROM outbox_event WHERE id = ?::uuid AND status = ?", id, status) == 1) {
                return status;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private List<String> notPending(List<String> healthy, String poison) {
        List<String> all = new ArrayList<>(healthy);
        all.add(poison);
        return all.stream().filter(id -> !"PENDING".equals(status(id))).map(id -> id + " " + status(id)).toList();
    }

    private List<String> notDelivered(List<String> ids) {
        return ids.stream().filter(id -> !"DELIVERED".equals(status(id))).map(id -> id + " " + status(id)).toList();
    }

    private static Map<String, List<Integer>> copy(Map<String, List<Integer>> map) {
        Map<String, List<Integer>> copy = new HashMap<>();
        map.forEach((key, value) -> copy.put(key, List.copyOf(value)));
        return copy;
    }
}
