package vn.ungcuu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.Tokens;

/**
 * Two instances of the packaged service on one database, started at the same moment and then loaded
 * concurrently through both: references stay unique and gap-free, If-Match lets exactly one of several
 * racing edits win, each overdue deadline is marked breached once although both instances check every
 * second, and each outbox event reaches the (slow) provincial endpoint once, never from both instances at
 * the same time. The tests share the instances and run in order; each checks an invariant of the whole
 * database, so an earlier test's load only adds to what a later one checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String SECRET = "two-instances-secret";
    private static final int THREADS_PER_INSTANCE = 8;
    private static final int INCIDENTS_PER_THREAD = 5;
    private static final int RACES = 10;
    private static final int CONTENDERS_PER_INSTANCE = 4;
    private static final Pattern REFERENCE = Pattern.compile("SC-(\\d{4})-(\\d{6})");
    private static final Pattern MARKED = Pattern.compile("deadline check: (\\d+) breach\\(es\\) marked");

    private final Cluster cluster = new Cluster();
    private RecordingReceiver receiver;
    private String unit;
    private String reporter;
    private final String coordinator = Tokens.coordinator();
    private final ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);

    /**
     * An incident detected 73 hours ago: under vn-2026 (the clock is real time here) its 72-hour report is
     * overdue as soon as it is filed, so the breach watchers have work at once.
     */
    private static Map<String, Object> overdue(String title) {
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody(title));
        body.put("detectedAt", Instant.now().minus(Duration.ofHours(73)).toString());
        return body;
    }

    @BeforeAll
    void start() throws Exception {
        receiver = RecordingReceiver.start(SECRET);
        receiver.answer(200, 300);
        Map<String, String> settings = new HashMap<>();
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_URL", receiver.url());
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_SECRET", SECRET);
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_INITIAL_BACKOFF", "1s");
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_MAX_BACKOFF", "2s");
        settings.put("UNGCUU_PROVINCIAL_WEBHOOK_BATCH_SIZE", "5");
        settings.put("UNGCUU_OUTBOX_DISPATCH_EVERY", "1s");
        settings.put("UNGCUU_DEADLINES_CHECK_EVERY", "1s");
        cluster.start(2, settings, "two-instances-it");
        unit = Fixtures.uniqueCode("XA");
        cluster.as(0, Tokens.admin()).body(Map.of("code", unit, "name", "UBND xã " + unit, "type", "COMMUNE",
                "focalPoint", Map.of("name", "Lê Văn Bình"))).post("/api/v1/units").then().statusCode(201);
        reporter = Tokens.reporter(unit);
    }

    @AfterAll
    void stop() throws InterruptedException {
        pool.shutdownNow();
        cluster.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    @Order(1)
    void referencesStayUniqueAndGapFreeWhenBothInstancesFileAtOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Response>>> threads = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            int instance = t % 2;
            int thread = t;
            threads.add(pool.submit(() -> {
                go.await();
                List<Response> filed = new ArrayList<>();
                for (int i = 0; i < INCIDENTS_PER_THREAD; i++) {
                    filed.add(cluster.as(instance, reporter)
                            .body(overdue("Tải đồng thời " + thread + "/" + i))
                            .post("/api/v1/incidents"));
                }
                return filed;
            }));
        }
        go.countDown();
        List<String> references = new ArrayList<>();
        for (Future<List<Response>> thread : threads) {
            for (Response response : thread.get(60, TimeUnit.SECONDS)) {
                assertEquals(201, response.statusCode(), response.asString());
                references.add(response.path("reference"));
            }
        }
        int filed = 2 * THREADS_PER_INSTANCE * INCIDENTS_PER_THREAD;
        assertEquals(filed, references.size());
        assertEquals(filed, new HashSet<>(references).size(), "duplicate references: " + references);

        // every reference ever given (this database holds only this class's incidents) is 1..n of its year
        Map<Integer, List<Long>> numbers = new TreeMap<>();
        for (List<Object> row : cluster.rows("SELECT reference FROM incident")) {
            Matcher reference = REFERENCE.matcher((String) row.get(0));
            assertTrue(reference.matches(), "reference " + row.get(0));
            numbers.computeIfAbsent(Integer.parseInt(reference.group(1)), year -> new ArrayList<>())
                    .add(Long.parseLong(reference.group(2)));
        }
        numbers.forEach((year, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            assertEquals(LongStream.rangeClosed(1, sorted.size()).boxed().toList(), sorted,
                    "references of " + year + " are not 1.." + sorted.size());
            assertEquals(sorted.size(), cluster.count(
                    "SELECT last_value FROM incident_reference_counter WHERE year = ?", year), "counter of " + year);
        });
    }

    @Test
    @Order(2)
    void ofEditsRacingWithOneEtagThroughBothInstancesExactlyOneWins() throws Exception {
        for (int race = 0; race < RACES; race++) {
            String id = cluster.as(0, reporter).body(overdue("Cuộc đua " + race))
                    .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
            String etag = cluster.as(1, coordinator).get("/api/v1/incidents/" + id).then().statusCode(200)
                    .extract().header("ETag");
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> contenders = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (int c = 0; c < 2 * CONTENDERS_PER_INSTANCE; c++) {
                int instance = c % 2;
                String title = "Race " + race + " contender " + c;
                titles.add(title);
                contenders.add(pool.submit(() -> {
                    go.await();
                    return cluster.as(instance, coordinator).header("If-Match", etag).body(Map.of("title", title))
                            .patch("/api/v1/incidents/" + id);
                }));
            }
            go.countDown();
            List<Integer> winners = new ArrayList<>();
            String winningEtag = null;
            for (int c = 0; c < contenders.size(); c++) {
                Response response = contenders.get(c).get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    winners.add(c);
                    winningEtag = response.header("ETag");
                    assertEquals(titles.get(c), response.path("title"));
                } else {
                    assertEquals(412, response.statusCode(), "race " + race + ": " + response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
                    assertEquals(412, (int) response.path("status"));
                }
            }
            assertEquals(1, winners.size(), "race " + race + ": winners " + winners);
            Response now = cluster.as(0, coordinator).get("/api/v1/incidents/" + id);
            assertEquals(titles.get(winners.get(0)), now.path("title"), "race " + race + ": the winner's edit stands");
            assertEquals(winningEtag, now.header("ETag"));
            assertNotEquals(etag, winningEtag);
            assertEquals(1, cluster.count("SELECT count(*) FROM audit_entry WHERE entity_type = 'INCIDENT'"
                    + " AND entity_id = ? AND action = 'UPDATE'", id), "race " + race + ": one edit audited");
        }
    }

    @Test
    @Order(3)
    void eachOverdueDeadlineIsMarkedBreachedOnceAlthoughBothInstancesCheck() throws Exception {
        // whatever the earlier tests managed to file: every incident here is overdue from the start
        long incidents = cluster.count("SELECT count(*) FROM incident");
        assertTrue(incidents >= RACES, "incidents " + incidents);
        await("every REPORT_72H obligation marked", () -> cluster.count("SELECT count(*) FROM incident_deadline"
                + " WHERE kind = 'REPORT_72H' AND breached_at IS NOT NULL") == incidents);
        Thread.sleep(3000); // several more checks by each instance, which must find nothing left to mark

        assertEquals(incidents, cluster.count("SELECT count(*) FROM incident_deadline WHERE breached_at IS NOT NULL"));
        assertEquals(List.of(), cluster.rows("SELECT entity_id, count(*) FROM audit_entry"
                + " WHERE action = 'DEADLINE_BREACHED' GROUP BY entity_id HAVING count(*) <> 1"));
        assertEquals(incidents, cluster.count("SELECT count(DISTINCT entity_id) FROM audit_entry"
                + " WHERE action = 'DEADLINE_BREACHED'"));
        assertEquals(List.of(), cluster.rows("SELECT incident_id, count(*) FROM outbox_event"
                + " WHERE type = 'deadline.breached' GROUP BY incident_id HAVING count(*) <> 1"));
        assertEquals(incidents, cluster.count("SELECT count(*) FROM outbox_event WHERE type = 'deadline.breached'"));
        List<Long> markedBy = new ArrayList<>();
        for (String log : cluster.logs()) {
            Matcher marked = MARKED.matcher(log);
            long sum = 0;
            while (marked.find()) {
                sum += Long.parseLong(marked.group(1));
            }
            markedBy.add(sum);
        }
        System.out.println("deadline breaches marked per instance: " + markedBy);
        assertEquals(incidents, markedBy.stream().mapToLong(Long::longValue).sum(),
                "breaches the instances say they marked: " + markedBy);
    }

    @Test
    @Order(4)
    void eachOutboxEventIsSentOnceAndNeverByBothInstancesAtOnce() throws Exception {
        await("the outbox drained", () -> cluster.count("SELECT count(*) FROM outbox_event WHERE status <> 'DELIVERED'")
                == 0 && cluster.count("SELECT count(*) FROM outbox_event WHERE feed_position IS NULL") == 0);
        List<String> events = cluster.rows("SELECT id::text FROM outbox_event").stream()
                .map(row -> (String) row.get(0)).toList();
        long incidents = cluster.count("SELECT count(*) FROM incident");
        assertTrue(incidents >= RACES && events.size() >= incidents, "events " + events.size()); // a breach each

        assertEquals(Set.of(), receiver.overlapping(), "deliveries with two requests in flight at once");
        Map<String, List<RecordingReceiver.Exchange>> received = receiver.byDelivery();
        assertEquals(Set.copyOf(events), received.keySet(), "the delivery ids received are the outbox's events");
        received.forEach((id, requests) -> {
            assertEquals(1, requests.size(), "requests for " + id);
            assertTrue(requests.get(0).accepted() && requests.get(0).signed(), id);
        });
        assertEquals(List.of(), cluster.rows("SELECT event_id, count(*) FROM outbox_attempt"
                + " GROUP BY event_id HAVING count(*) <> 1"), "one recorded attempt per event");
        // one instance sends one request at a time: more at once means both were dispatching together
        assertTrue(receiver.maxInFlight() >= 2, "both instances dispatched concurrently (max in flight "
                + receiver.maxInFlight() + ")");

        List<Long> positions = cluster.rows("SELECT feed_position FROM outbox_event ORDER BY feed_position").stream()
                .map(row -> ((Number) row.get(0)).longValue()).toList();
        assertEquals(LongStream.rangeClosed(1, events.size()).boxed().toList(), positions,
                "feed positions are 1..n, each once");
        cluster.as(1, Tokens.auditor()).get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        PackagedService.await(what, condition);
    }
}
