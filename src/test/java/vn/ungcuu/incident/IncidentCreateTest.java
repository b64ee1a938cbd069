package vn.ungcuu.incident;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** Filing incidents: who may file for which unit, what the answer holds, and what it writes. */
@QuarkusTest
class IncidentCreateTest {

    @Inject
    DataSource db;

    @Test
    void aReporterFilesForItsOwnUnit() {
        Reporter reporter = Reporter.ofNewCommune();
        String unit = reporter.unitCode();
        String system = Fixtures.system(unit, 2);
        Instant detected = Instant.parse("2026-03-02T01:15:00Z");
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("Cổng thông tin bị thay đổi giao diện"));
        body.put("detectedAt", "2026-03-02T08:15:00+07:00");
        body.put("affectedSystemIds", List.of(system));
        body.put("tlp", "GREEN");

        Response created = Api.as(reporter.token()).body(body).post("/api/v1/incidents");

        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/incidents/[0-9a-f-]{36}$"))
                .body("reference", matchesPattern("^SC-\\d{4}-\\d{6}$"))
                .body("unitCode", equalTo(unit))
                .body("status", equalTo("NEW"))
                .body("severity", nullValue())
                .body("legalClass", nullValue())
                .body("tlp", equalTo("GREEN"))
                .body("detectedAt", equalTo("2026-03-02T01:15:00Z"))
                .body("affectedSystemIds", equalTo(List.of(system)))
                .body("version", equalTo(0))
                .body("deadlines[0].kind", equalTo("NOTIFY"))
                .body("deadlines[0].dueAt", equalTo(detected.plus(5, ChronoUnit.DAYS).toString()))
                .body("deadlines[0].metAt", nullValue())
                .body("deadlines[0].breached", equalTo(true));
        String id = created.path("id");
        Api.as(reporter.token()).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).header("ETag", equalTo("\"0\""));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'INCIDENT'"
                + " AND entity_id = ? AND action = 'CREATE'", id));
    }

    @Test
    void theReferenceYearIsTheDistrictsYearAndTlpDefaultsToAmber() {
        Reporter reporter = Reporter.ofNewCommune();
        int year = Instant.now().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Api.as(reporter.token()).body(Fixtures.incidentBody("x")).post("/api/v1/incidents").then()
                .statusCode(201)
                .body("reference", matchesPattern("^SC-" + year + "-\\d{6}$"))
                .body("tlp", equalTo("AMBER"))
                .body("deadlines[0].breached", equalTo(false));
    }

    @Test
    void aReporterCannotFileForAnotherUnit() {
        Reporter reporter = Reporter.ofNewCommune();
        String other = Fixtures.commune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("not mine"));
        body.put("unitCode", other);
        Api.as(reporter.token()).body(body).post("/api/v1/incidents").then()
                .statusCode(403).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:forbidden"));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", other));
    }

    @Test
    void aCoordinatorFilesForAnyUnitAndMustNameIt() {
        String unit = Fixtures.commune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("on behalf"));
        Api.as(Tokens.coordinator()).body(body).post("/api/v1/incidents").then()
                .statusCode(400).body("errors.field", hasItem("unitCode"));
        body.put("unitCode", unit);
        Api.as(Tokens.coordinator()).body(body).post("/api/v1/incidents").then()
                .statusCode(201).body("unitCode", equalTo(unit));
    }

    @Test
    void otherRolesCannotFile() {
        String unit = Fixtures.commune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("not allowed"));
        body.put("unitCode", unit);
        for (String token : List.of(Tokens.admin(), Tokens.auditor(), Tokens.provincial(),
                Tokens.responder("resp-1"))) {
            Api.as(token).body(body).post("/api/v1/incidents").then()
                    .statusCode(403).contentType(Api.PROBLEM_JSON);
        }
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", unit));
    }

    @Test
    void aReporterCannotNameAnotherUnitsSystem() {
        Reporter reporter = Reporter.ofNewCommune();
        String foreignSystem = Fixtures.system(Fixtures.commune(), 3);
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("foreign system"));
        body.put("affectedSystemIds", List.of(foreignSystem));
        Api.as(reporter.token()).body(body).post("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("affectedSystemIds[0]"))
                .body("errors[0].message", equalTo("no information system has this id"));
    }

    @Test
    void anInactiveUnitCannotFile() {
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body(Map.of("name", "closed commune", "type", "COMMUNE", "active", false))
                .put("/api/v1/units/" + unit).then().statusCode(200);
        Api.as(Tokens.reporter(unit)).body(Fixtures.incidentBody("x")).post("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void concurrentCreatesGetDistinctGapFreeReferences() throws Exception {
        Reporter reporter = Reporter.ofNewCommune();
        int count = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> Api.as(reporter.token()).body(Fixtures.incidentBody("burst " + n))
                        .post("/api/v1/incidents").then().statusCode(201).extract().<String>path("reference")));
            }
            java.util.Set<String> references = new java.util.TreeSet<>();
            for (java.util.concurrent.Future<String> future : futures) {
                references.add(future.get());
            }
            assertEquals(count, references.size(), "every reference distinct");
            List<Integer> numbers = references.stream().map(ref -> Integer.parseInt(ref.substring(8))).sorted()
                    .toList();
            assertEquals(count - 1, numbers.get(numbers.size() - 1) - numbers.get(0),
                    "no reference number between them was skipped: " + numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCreateIsAuditedWithEveryFieldFromNull() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = Fixtures.incidentFiledBy(reporter.token());
        Api.as(reporter.token()).get("/api/v1/incidents/" + id + "/history").then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].actor", equalTo(Tokens.subjectOf(reporter.token())))
                .body("items[0].requestId", notNullValue())
                .body("items[0].changes.find { it.field == 'status' }.from", nullValue())
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("NEW"))
                .body("items[0].changes.find { it.field == 'title' }.to", equalTo("Máy chủ nhiễm mã độc"))
                .body("items[0].changes.field", hasItem("reference"))
                .body("nextCursor", nullValue());
    }

    @Test
    void aStateSecretIncidentKeepsOnlyASummary() {
        Reporter reporter = Reporter.ofNewCommune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("Lộ tài liệu mật"));
        body.put("stateSecret", true);
        body.put("description", "Chi tiết ".repeat(100));
        Api.as(reporter.token()).body(body).post("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("description"));
        body.put("description", "Nghi lộ tài liệu mật trên máy tính nối mạng; đã ngắt mạng, chờ xác minh");
        String id = Api.as(reporter.token()).body(body).post("/api/v1/incidents").then().statusCode(201)
                .body("stateSecret", equalTo(true)).extract().path("id");
        Api.as(reporter.token()).body(Map.of("description", "x".repeat(501))).patch("/api/v1/incidents/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
    }

    @Test
    void detectionSlightlyAheadOfOurClockIsAccepted() {
        Reporter reporter = Reporter.ofNewCommune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("fast clock"));
        body.put("detectedAt", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
        Api.as(reporter.token()).body(body).post("/api/v1/incidents").then().statusCode(201)
                .body("detectedAt", containsString("T"));
    }
}
