package vn.ungcuu.incident;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** Idempotency-Key on POST /incidents: retries replay, other bodies are 422, keys are per caller. */
@QuarkusTest
class IncidentIdempotencyTest {

    @Inject
    DataSource db;

    @Test
    void aRetryReplaysTheFirstAnswerAndCreatesNothing() {
        Reporter reporter = Reporter.ofNewCommune();
        Map<String, Object> body = Fixtures.incidentBody("lost connection");
        Response first = Api.as(reporter.token()).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/v1/incidents");
        first.then().statusCode(201);
        Response retry = Api.as(reporter.token()).header("Idempotency-Key", "retry-1").body(body)
                .post("/api/v1/incidents");
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")));
        assertEquals("\"" + first.<Integer>path("version") + "\"", first.header("ETag"),
                "a new incident answers the ETag of its version, as a read would");
        assertEquals(first.asString(), retry.asString());
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ?",
                first.<String>path("id")));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).header("Idempotency-Key", "k-422").body(Fixtures.incidentBody("one"))
                .post("/api/v1/incidents").then().statusCode(201);
        Api.as(reporter.token()).header("Idempotency-Key", "k-422").body(Fixtures.incidentBody("two"))
                .post("/api/v1/incidents").then()
                .statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:idempotency-key-reused"));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
    }

    @Test
    void keysBelongToTheirCaller() {
        String unitA = Fixtures.commune();
        String unitB = Fixtures.commune();
        Map<String, Object> body = Fixtures.incidentBody("same key, two units");
        String a = Api.as(Tokens.reporter(unitA)).header("Idempotency-Key", "shared-key").body(body)
                .post("/api/v1/incidents").then().statusCode(201).body("unitCode", equalTo(unitA))
                .extract().path("id");
        String b = Api.as(Tokens.reporter(unitB)).header("Idempotency-Key", "shared-key").body(body)
                .post("/api/v1/incidents").then().statusCode(201).body("unitCode", equalTo(unitB))
                .extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void aFailedCreateReleasesTheKey() {
        Reporter reporter = Reporter.ofNewCommune();
        // refused inside the service, after the key was claimed: the rollback must release it
        Map<String, Object> bad = new HashMap<>(Fixtures.incidentBody("fixed"));
        bad.put("affectedSystemIds", List.of(java.util.UUID.randomUUID().toString()));
        Api.as(reporter.token()).header("Idempotency-Key", "fix-and-retry").body(bad)
                .post("/api/v1/incidents").then().statusCode(400);
        Api.as(reporter.token()).header("Idempotency-Key", "fix-and-retry").body(Fixtures.incidentBody("fixed"))
                .post("/api/v1/incidents").then().statusCode(201);
    }

    @Test
    void concurrentRetriesCreateOneIncident() throws Exception {
        Reporter reporter = Reporter.ofNewCommune();
        Map<String, Object> body = Fixtures.incidentBody("flaky network");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> Api.as(reporter.token()).header("Idempotency-Key", "storm")
                        .body(body).post("/api/v1/incidents").then().statusCode(201).extract().<String>path("id")));
            }
            String first = answers.get(0).get();
            for (Future<String> answer : answers) {
                assertEquals(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
    }
}
