package vn.ungcuu.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * Malformed and oversized bodies, headers, query parameters and path segments for every operation of
 * openapi/openapi.yaml, generated from a seed, against the packaged service: never a 5xx, every error is
 * problem+json (and, through the contract filter, one the document declares), and a refused request
 * changes no row. Background jobs are off so that any change is the request's.
 *
 * <p>The seed is printed first; {@code -Dungcuu.fuzz.seed=N} generates the same requests again. (A generator
 * of our own rather than jqwik, whose maintainers ask that AI coding agents, who build this project, not use it.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final int ANY_OPERATION_REQUESTS = 500;
    private static final int BODY_REQUESTS = 400;

    private static final long SEED = seed();
    // one stream per property, split in this order, and one per request split from it: request i of a property
    // depends only on the seed and i, whatever the service answered before
    private static final SplittableRandom RUN = new SplittableRandom(SEED);
    private static final SplittableRandom ANY_OPERATION = RUN.split();
    private static final SplittableRandom BODIES = RUN.split();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PostgresResource DATABASE = new PostgresResource();
    /** quarkus.http.limits.max-initial-line-length, as the packaged service under test was built. */
    private static final int CODEC_LINE_LIMIT = codecLineLimit();
    private static final Map<String, String> IDS = new TreeMap<>();
    private static Operations operations;
    private static PackagedService service;
    private static Map<String, String> datasource;
    /** One connection and one query for the before/after check of 900 requests (a new one each cost ~50 ms). */
    private static Connection rows;
    private static String versionsQuery;

    @BeforeAll
    static void start() throws Exception {
        System.out.println("HostileInputIT seed=" + SEED + " (replay with -Dungcuu.fuzz.seed=" + SEED + ")");
        operations = Operations.load();
        datasource = DATABASE.start();
        Map<String, String> env = PackagedService.environment(datasource);
        for (String job : List.of("UNGCUU_DEADLINES_CHECK_EVERY", "UNGCUU_OUTBOX_DISPATCH_EVERY",
                "UNGCUU_OUTBOX_SEQUENCE_EVERY", "UNGCUU_AUDIT_SEAL_EVERY", "UNGCUU_NOTIFICATIONS_CHECK_EVERY")) {
            env.put(job, "off");
        }
        env.put("UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND", "0");
        service = PackagedService.startReady(env, "hostile-input-it");

        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        IDS.put("incidents", escalated.incidentId());
        IDS.put("escalations", escalated.escalationId());
        IDS.put("units", escalated.unitCode());
        IDS.put("systems", escalated.systemId());
        IDS.put("authorities", "RESPONSE-TEAM"); // seeded
        IDS.put("reporter", Tokens.reporter(escalated.unitCode()));
        IDS.put("tasks", Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + escalated.incidentId() + "/tasks")
                .then().statusCode(200).extract().path("items[0].id"));
        IDS.put("playbooks", Api.as(Tokens.coordinator()).get("/api/v1/playbooks").then().statusCode(200)
                .extract().path("items[0].id"));
        IDS.put("attachments", RestAssured.given().header("Authorization", "Bearer " + IDS.get("reporter"))
                .multiPart("file", "nhat-ky.txt", "log".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/incidents/" + escalated.incidentId() + "/attachments")
                .then().statusCode(201).extract().path("id"));
        IDS.put("reports", OfficialReports.record(Tokens.coordinator(), escalated.incidentId(),
                OfficialReports.anyKind(escalated.incidentId())));
    }

    @AfterAll
    static void stop() throws Exception {
        if (rows != null) {
            rows.close();
        }
        if (service != null) {
            service.close();
        }
        DATABASE.stop();
    }

    @Test
    @Order(1)
    void neverA5xxAlwaysAProblemAndARefusalWritesNothing() throws Exception {
        generateAndCheck("anyOperation", ANY_OPERATION_REQUESTS, ANY_OPERATION,
                dice -> Hostile.request(dice, operations, IDS));
    }

    /** The operations that read a body, by callers that pass authentication: where parsing goes deepest. */
    @Test
    @Order(2)
    void hostileBodiesFromAuthenticatedCallers() throws Exception {
        generateAndCheck("bodies", BODY_REQUESTS, BODIES, dice -> Hostile.bodyRequest(dice, operations, IDS));
    }

    /**
     * Generates and checks the requests one by one, stopping at the first failure with what replays it. At the
     * end, prints a fingerprint of everything generated (equal on replay) and how the service answered.
     */
    private static void generateAndCheck(String property, int count, SplittableRandom stream,
            Function<Dice, HostileRequest> generator) throws Exception {
        MessageDigest generated = MessageDigest.getInstance("SHA-256");
        Map<String, Integer> answers = new TreeMap<>();
        for (int index = 0; index < count; index++) {
            HostileRequest request = generator.apply(new Dice(stream.split()));
            request.addTo(generated, IDS);
            try {
                answers.merge(check(request) / 100 + "xx", 1, Integer::sum);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("seed=" + SEED + " " + property + " request #" + index
                        + " (replay with -Dungcuu.fuzz.seed=" + SEED + "): " + e.getMessage(), e);
            }
        }
        System.out.printf("HostileInputIT seed=%d %s: %d requests, fingerprint %s, answers %s%n", SEED, property,
                count, HexFormat.of().formatHex(generated.digest(), 0, 8), answers);
    }

    /** Sends the request, checks the answer and the tables, and returns the status. */
    private static int check(HostileRequest request) throws Exception {
        String before = tableVersions();
        // the contract filter checks every answer against the document; a path that no longer fits the
        // operation's template (an empty or a slashed segment) is not in the document, only in the checks below
        RequestSpecification given = request.fitsItsTemplate() ? given() : given().noFilters();
        Response response = request.send(given);
        int status = response.statusCode();

        assertTrue(status < 500, request + " answered " + status + ": " + response.asString());
        if (request.requestLineLength() > CODEC_LINE_LIMIT) {
            // past quarkus.http.limits.max-initial-line-length the HTTP codec answers before any handler
            // runs, with a bare 414 that nothing can turn into a problem (quarkus#55082)
            assertEquals(414, status, request.toString());
            assertEquals(before, tableVersions(), request + " was refused with 414 but changed rows");
            return status;
        }
        if (status >= 400) {
            assertTrue(response.contentType().startsWith(Api.PROBLEM_JSON),
                    request + " answered " + status + " as " + response.contentType());
            JsonNode problem = JSON.readTree(response.asByteArray());
            assertEquals(status, problem.path("status").asInt(), "the problem's status: " + problem);
            assertTrue(problem.path("type").asText().startsWith("urn:ungcuu:problem:"), problem.toString());
            assertEquals(before, tableVersions(), request + " was refused with " + status + " but changed rows");
        }
        return status;
    }

    private static RequestSpecification given() {
        return RestAssured.given().baseUri("http://127.0.0.1").port(service.port()).urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        // REST Assured would build a form from a map; these bodies are raw bytes
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)));
    }

    /** From -Dungcuu.fuzz.seed when given, else a new one. */
    private static long seed() {
        String given = System.getProperty("ungcuu.fuzz.seed", "").trim();
        return given.isEmpty() ? new SplittableRandom().nextLong() : Long.parseLong(given);
    }

    private static int codecLineLimit() {
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return Integer.parseInt(properties.getProperty("quarkus.http.limits.max-initial-line-length").trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row count and newest row version of every table: any insert, update or delete changes it. */
    /** Each table's row count and newest row version: equal before and after, the request wrote nothing. */
    private static String tableVersions() throws SQLException {
        if (rows == null) {
            rows = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                    datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
            StringBuilder union = new StringBuilder();
            try (Statement statement = rows.createStatement(); ResultSet tables = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                            + " AND tablename NOT LIKE 'databasechangelog%' ORDER BY tablename")) {
                while (tables.next()) {
                    union.append(union.isEmpty() ? "" : " UNION ALL ").append("SELECT '").append(tables.getString(1))
                            .append("' || ':' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM ")
                            .append(tables.getString(1));
                }
            }
            versionsQuery = union.toString();
        }
        StringBuilder versions = new StringBuilder();
        try (Statement statement = rows.createStatement(); ResultSet result = statement.executeQuery(versionsQuery)) {
            while (result.next()) {
                versions.append(result.getString(1)).append(' ');
            }
        }
        return versions.toString();
    }

}
