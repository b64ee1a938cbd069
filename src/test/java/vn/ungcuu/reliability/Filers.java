package vn.ungcuu.reliability;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/**
 * Clients filing incidents in a loop, each request with its own Idempotency-Key, every answer recorded:
 * its status, the new id or the problem type, how long it took, or the I/O failure when none came.
 * Requests go through {@link Api}, so every answer is checked against the OpenAPI document.
 */
final class Filers {

    /** No request may take longer than this: a slower answer is recorded as hung. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    /** One request and what became of it; status -1 when no answer came (error says why). */
    record Outcome(String token, String key, Map<String, Object> body, int status, String id, String problemType,
            String retryAfter, boolean replayed, long startedAtMillis, long millis, String error) {

        boolean answered() {
            return status > 0;
        }
    }

    private final String unit;
    private final int threads;
    private final Duration pause;
    private final List<Thread> running = new ArrayList<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger created = new AtomicInteger();

    /** Filers for a unit: each thread is a reporter of its own (its own token, under the rate limit). */
    Filers(String unit, int threads, Duration pause) {
        this.unit = unit;
        this.threads = threads;
        this.pause = pause;
    }

    /** REST Assured with connect and read timeouts, so that a hanging request ends as a recorded failure. */
    static RestAssuredConfig bounded() {
        int millis = (int) CLIENT_TIMEOUT.toMillis();
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis));
    }

    Filers start() {
        for (int t = 0; t < threads; t++) {
            int thread = t;
            String token = Tokens.reporter(unit);
            Thread filer = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String key = "filer-" + thread + "-" + n + "-" + UUID.randomUUID();
                    Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("Sự cố " + key));
                    Outcome outcome = file(token, key, body);
                    outcomes.add(outcome);
                    if (outcome.status() == 201) {
                        created.incrementAndGet();
                    }
                    sleep(pause);
                }
            }, "filer-" + t);
            filer.setDaemon(true);
            filer.start();
            running.add(filer);
        }
        return this;
    }

    /** Asks the filers to stop and waits for their requests in flight (each bounded by the client timeout). */
    List<Outcome> stop() throws InterruptedException {
        stop.set(true);
        for (Thread filer : running) {
            filer.join(CLIENT_TIMEOUT.plusSeconds(5).toMillis());
            if (filer.isAlive()) {
                throw new AssertionError(filer.getName() + " is still waiting for an answer");
            }
        }
        return outcomes();
    }

    List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    int created() {
        return created.get();
    }

    /** Outcomes of the requests that started at or after the given time. */
    List<Outcome> startedSince(long epochMillis) {
        return outcomes().stream().filter(o -> o.startedAtMillis() >= epochMillis).toList();
    }

    /** Files one incident with an Idempotency-Key; never throws, the failure is in the outcome. */
    static Outcome file(String token, String key, Map<String, Object> body) {
        long started = System.currentTimeMillis();
        long start = System.nanoTime();
        try {
            Response response = Api.as(token).config(bounded()).header("Idempotency-Key", key).body(body)
                    .post("/api/v1/incidents");
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = response.statusCode();
            String id = status == 201 ? response.path("id") : null;
            String type = status >= 400 && response.contentType().startsWith(Api.PROBLEM_JSON)
                    ? response.path("type") : null;
            return new Outcome(token, key, body, status, id, type, response.header("Retry-After"),
                    "true".equals(response.header("Idempotent-Replayed")), started, millis, null);
        } catch (Exception | AssertionError e) { // REST Assured throws I/O exceptions unchecked
            // no answer (timeout, reset, refused) or an answer the OpenAPI document does not allow
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Outcome(token, key, body, -1, null, null, null, false, started, millis, e.toString());
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
