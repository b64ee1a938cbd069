package vn.ungcuu.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * A bounded soak, run by hand (not in CI: it takes minutes and its figures depend on the machine):
 * {@code ./mvnw verify -Dtest=none -Dit.test=SoakIT -Dungcuu.soak=PT5M [-Dungcuu.soak.clients=16]}.
 * Clients mix creates, reads, lists, assessments and transitions against the packaged service; it asserts zero errors,
 * and that heap (after a full GC) and database connections do not grow, and prints the figures for README.
 */
class SoakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSESSMENT = json(vn.ungcuu.support.Triage.assessment(true, List.of()));

    @Test
    void mixedLoadWithoutErrorsOrGrowth() throws Exception {
        String configured = System.getProperty("ungcuu.soak");
        assumeTrue(configured != null && !configured.isBlank(), "a tool: give -Dungcuu.soak=PT5M to run it");
        Duration length = Duration.parse(configured);
        int clients = Integer.getInteger("ungcuu.soak.clients", 16);

        PostgresResource database = new PostgresResource();
        Map<String, String> datasource = database.start();
        Map<String, String> env = PackagedService.environment(datasource);
        // the soak measures the service, not the per-caller limit (RateLimitIT tests that)
        env.put("UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND", "0");
        // the JVM's defaults, not the tests' quick start: the figures are the service's
        try (PackagedService service = PackagedService.startReady(env, "soak-it", List.of())) {
            String base = "http://127.0.0.1:" + service.port();
            List<String> units = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                units.add(vn.ungcuu.support.Fixtures.commune());
            }
            Load load = new Load(base, units);
            load.run(clients, Duration.ofSeconds(20));
            Figures before = Figures.of(service, datasource);

            Instant start = Instant.now();
            Load measured = new Load(base, units);
            measured.run(clients, length);
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            Thread.sleep(5_000);
            Figures after = Figures.of(service, datasource);

            System.out.printf("%nSOAK %s, %d clients: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p99 %.1f ms;"
                            + " heap after GC %d -> %d MiB; RSS %d -> %d MiB; DB connections %d -> %d; %d incidents%n",
                    length, clients, measured.requests.get(), measured.requests.get() / seconds, measured.errors.size(),
                    measured.percentile(50), measured.percentile(99), before.heapMiB, after.heapMiB, before.rssMiB,
                    after.rssMiB, before.connections, after.connections, after.incidents);
            assertEquals(List.of(), measured.errors.keySet().stream().limit(10).toList(), "no errors: " + measured.errors);
            assertTrue(after.heapMiB <= before.heapMiB * 1.5 + 32, "heap after GC grew: " + before.heapMiB + " -> "
                    + after.heapMiB + " MiB");
            assertTrue(after.connections <= 20, "connections stay within the pool: " + after.connections);
        } finally {
            database.stop();
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clients: each its own reporter and coordinator (distinct subjects), in a loop until the end. */
    private static final class Load {
        final String base;
        final List<String> units;
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        final AtomicLong requests = new AtomicLong();
        final Map<String, String> errors = new ConcurrentHashMap<>();
        final List<Long> micros = Collections.synchronizedList(new ArrayList<>());

        Load(String base, List<String> units) {
            this.base = base;
            this.units = units;
        }

        void run(int clients, Duration length) throws Exception {
            Instant end = Instant.now().plus(length);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String unit = units.get(c % units.size());
                String reporter = Tokens.token("soak-reporter-" + c, List.of(Roles.REPORTER), unit);
                String coordinator = Tokens.token("soak-coordinator-" + c, List.of(Roles.COORDINATOR), null);
                running.add(pool.submit(() -> {
                    int round = 0;
                    while (Instant.now().isBefore(end)) {
                        cycle(reporter, coordinator, round++);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }

        private void cycle(String reporter, String coordinator, int round) throws Exception {
            String body = "{\"title\":\"Máy chủ nhiễm mã độc " + round + "\",\"description\":\"Phát hiện tiến trình lạ\","
                    + "\"category\":\"MALWARE\",\"detectedAt\":\"" + Instant.now().minusSeconds(3600) + "\"}";
            JsonNode created = call("POST", "/api/v1/incidents", reporter, body, 201);
            if (created == null) {
                return;
            }
            String id = created.get("id").asText();
            call("GET", "/api/v1/incidents/" + id, reporter, null, 200);
            call("GET", "/api/v1/incidents?status=NEW&limit=20", coordinator, null, 200);
            call("PUT", "/api/v1/incidents/" + id + "/assessment", coordinator, ASSESSMENT, 200);
            call("POST", "/api/v1/incidents/" + id + "/transitions", coordinator, "{\"action\":\"TRIAGE\"}", 200);
            if (round % 2 == 0) {
                call("POST", "/api/v1/incidents/" + id + "/transitions", coordinator, "{\"action\":\"START\"}", 200);
                call("GET", "/api/v1/incidents/" + id + "/history", coordinator, null, 200);
            }
        }

        private JsonNode call(String method, String path, String token, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                errors.merge(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " -> " + e, "1", (a, b) -> a);
                return null;
            }
            micros.add((System.nanoTime() - started) / 1000);
            requests.incrementAndGet();
            if (response.statusCode() != expected) {
                errors.merge(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " -> " + response.statusCode(),
                        response.body(), (a, b) -> a);
                return null;
            }
            return JSON.readTree(response.body());
        }

        double percentile(int p) {
            List<Long> sorted;
            synchronized (micros) {
                sorted = new ArrayList<>(micros);
            }
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1000.0;
        }
    }

    /** Heap after a full GC (jcmd), RSS, the database's connections and incidents. */
    private record Figures(long heapMiB, long rssMiB, long connections, long incidents) {

        static Figures of(PackagedService service, Map<String, String> datasource) throws Exception {
            Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(service.pid()), "GC.run").redirectErrorStream(true).start();
            gc.waitFor(30, TimeUnit.SECONDS);
            Thread.sleep(1_000);
            long heap = 0;
            // /q/metrics is not part of the API document: no contract filter
            String metrics = io.restassured.RestAssured.given().noFilters()
                    .header("Authorization", "Bearer " + Tokens.auditor()).get("/q/metrics").asString();
            for (String line : metrics.split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                    heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(service.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                    datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname ="
                            + " current_database() AND pid <> pg_backend_pid()), (SELECT count(*) FROM incident)")) {
                rows.next();
                return new Figures(heap / (1024 * 1024), rss, rows.getLong(1), rows.getLong(2));
            }
        }
    }
}
