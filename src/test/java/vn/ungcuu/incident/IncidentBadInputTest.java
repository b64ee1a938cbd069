package vn.ungcuu.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;

/**
 * api.md Conventions/Errors: every bad input to POST /incidents answers its status as problem+json,
 * names the offending field, leaks nothing internal, and creates nothing.
 */
@QuarkusTest
class IncidentBadInputTest {

    private static final String DETECTED = Instant.now().minus(1, ChronoUnit.HOURS).toString();

    @Inject
    DataSource db;

    static String valid(String overrides) {
        return "{\"title\":\"Tấn công từ chối dịch vụ\",\"description\":\"Máy chủ không phản hồi\","
                + "\"category\":\"DOS\",\"detectedAt\":\"" + DETECTED + "\"" + overrides + "}";
    }

    static Stream<Arguments> badBodies() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        String manySystems = String.join(",", Collections.nCopies(51, "\"" + UUID.randomUUID() + "\""));
        return Stream.of(
                Arguments.of("truncated JSON", "{\"title\":", 400, "malformed-request", null),
                Arguments.of("not an object", "[1,2]", 400, "malformed-request", null),
                Arguments.of("trailing garbage", valid("") + " x", 400, "malformed-request", null),
                Arguments.of("duplicate key", valid(",\"title\":\"again\""), 400, "malformed-request", null),
                Arguments.of("unknown category", valid(",\"category\":\"HACKED\"").replace("\"category\":\"DOS\",", ""),
                        400, "validation", "category"),
                Arguments.of("lower-case enum", valid(",\"tlp\":\"amber\""), 400, "validation", "tlp"),
                Arguments.of("number as title", valid("").replace("\"Tấn công từ chối dịch vụ\"", "42"), 400,
                        "validation", "title"),
                Arguments.of("string as boolean", valid(",\"beyondCapacity\":\"yes\""), 400, "validation",
                        "beyondCapacity"),
                Arguments.of("number as boolean", valid(",\"stateSecret\":1"), 400, "validation", "stateSecret"),
                Arguments.of("unknown field", valid(",\"priority\":\"HIGH\""), 400, "validation", "priority"),
                Arguments.of("status on create", valid(",\"status\":\"CLOSED\""), 400, "validation", "status"),
                Arguments.of("blank title", valid("").replace("Tấn công từ chối dịch vụ", "  "), 400, "validation",
                        "title"),
                Arguments.of("title too long", valid("").replace("Tấn công từ chối dịch vụ", "x".repeat(201)), 400,
                        "validation", "title"),
                Arguments.of("description too long", valid("").replace("Máy chủ không phản hồi", "đ".repeat(20001)),
                        400, "validation", "description"),
                Arguments.of("missing detectedAt", valid("").replace(",\"detectedAt\":\"" + DETECTED + "\"", ""),
                        400, "validation", "detectedAt"),
                Arguments.of("detectedAt in the future", valid("").replace(DETECTED, tomorrow), 400, "validation",
                        "detectedAt"),
                Arguments.of("detectedAt without offset", valid("").replace(DETECTED, "2026-03-02T08:15:00"), 400,
                        "validation", "detectedAt"),
                Arguments.of("detectedAt garbage", valid("").replace(DETECTED, "hôm qua"), 400, "validation",
                        "detectedAt"),
                Arguments.of("system id not a UUID", valid(",\"affectedSystemIds\":[\"abc\"]"), 400, "validation",
                        "affectedSystemIds[0]"),
                Arguments.of("unknown system", valid(",\"affectedSystemIds\":[\"" + UUID.randomUUID() + "\"]"), 400,
                        "validation", "affectedSystemIds[0]"),
                Arguments.of("too many systems", valid(",\"affectedSystemIds\":[" + manySystems + "]"), 400,
                        "validation", "affectedSystemIds"),
                Arguments.of("NUL character in text", valid("").replace("Máy chủ", "Máy\\u0000chủ"), 400,
                        "validation", "description"),
                Arguments.of("null body", "null", 400, null, null),
                Arguments.of("empty body", "", 400, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyIsRefusedAndCreatesNothing(String name, String body, int status, String type, String field) {
        Reporter reporter = Reporter.ofNewCommune();
        ValidatableResponse answer = Api.as(reporter.token()).body(body).post("/api/v1/incidents").then()
                .statusCode(status)
                .contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/v1/incidents"));
        if (type != null) {
            answer.body("type", equalTo("urn:ungcuu:problem:" + type));
        }
        if (field != null) {
            answer.body("errors.field", hasItem(field));
        }
        assertLeaksNothing(answer);
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident_reference_counter WHERE last_value < 0"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Reporter reporter = Reporter.ofNewCommune();
        String huge = valid("").replace("Máy chủ không phản hồi", "a".repeat(1_100_000));
        assertLeaksNothing(Api.as(reporter.token()).body(huge).post("/api/v1/incidents").then()
                .statusCode(413).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:payload-too-large")));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
    }

    @Test
    void aWrongContentTypeIs415() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).contentType("text/plain").body(valid("")).post("/api/v1/incidents").then()
                .statusCode(415).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:unsupported-media-type"));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
    }

    @Test
    void anUnproducibleAcceptIs406() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).accept("application/xml").get("/api/v1/incidents").then()
                .statusCode(406).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:not-acceptable"));
    }

    @Test
    void anUnknownMethodIs405AndAnUnknownPathIs404() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).delete("/api/v1/incidents").then()
                .statusCode(405).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:method-not-allowed"));
        Api.as(reporter.token()).get("/api/v1/no-such-thing").then()
                .statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:not-found"));
        given().get("/no-such-thing-either").then()
                .statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void aBadIdempotencyKeyIs400() {
        Reporter reporter = Reporter.ofNewCommune();
        Api.as(reporter.token()).header("Idempotency-Key", "k".repeat(201)).body(valid(""))
                .post("/api/v1/incidents").then()
                .statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM incident WHERE unit_code = ?", reporter.unitCode()));
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        Reporter reporter = Reporter.ofNewCommune();
        for (String[] bad : new String[][] {{"limit", "0"}, {"limit", "501"}, {"limit", "ten"},
                {"status", "OPEN"}, {"sort", "title"}, {"cursor", "Z2FyYmFnZQ"}, {"cursor", "%%%"},
                {"unitCode", "xa-lower"}}) {
            Api.as(reporter.token()).queryParam(bad[0], bad[1]).get("/api/v1/incidents").then()
                    .statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body("errors[0].field", equalTo(bad[0]));
        }
    }

    static void assertLeaksNothing(ValidatableResponse answer) {
        answer.body(not(containsString("Exception")))
                .body(not(containsString("vn.ungcuu")))
                .body(not(containsString("org.hibernate")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("SELECT")))
                .body(not(containsString("INSERT")));
    }

    @Test
    void aTooLongUriOrTooManyHeaderBytesGetAProblemNotTheCodecsBareAnswer() {
        long before = Sql.count(db, "SELECT count(*) FROM audit_entry");
        Api.as(vn.ungcuu.support.Tokens.coordinator()).get("/api/v1/incidents?q=" + "a".repeat(9000))
                .then().statusCode(414).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:uri-too-long"))
                .body("detail", containsString("8192"));
        // past the codec's former 64K ceiling too (HostileInputIT sent 67,607 characters)
        Api.as(vn.ungcuu.support.Tokens.coordinator()).get("/api/v1/incidents?q=" + "%C3%A9".repeat(20_000))
                .then().statusCode(414).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:uri-too-long"));
        Api.as(vn.ungcuu.support.Tokens.coordinator()).header("X-Padding", "p".repeat(17_000))
                .body(Fixtures.incidentBody("Tiêu đề")).post("/api/v1/incidents")
                .then().statusCode(431).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:headers-too-large"));
        assertEquals(before, Sql.count(db, "SELECT count(*) FROM audit_entry"), "nothing was written");
    }
}
