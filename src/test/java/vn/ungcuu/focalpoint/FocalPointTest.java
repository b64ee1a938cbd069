package vn.ungcuu.focalpoint;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Problems;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Units;

/**
 * The focal-point register over HTTP: a change of focal point starts FOCAL_POINT_DECLARATION (24 h by default), a
 * declaration meets it on time or late (the clock moved), overdue ones are listed, the history keeps every change,
 * and the 24/7 contact and intake address are kept here.
 */
@QuarkusTest
class FocalPointTest {

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    private static String contacts(String unit) {
        return "/api/v1/units/" + unit + "/contacts";
    }

    private static JsonPath register(String token, String unit) {
        return Api.as(token).get(contacts(unit)).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath declare(String token, String unit, Instant at) {
        return Api.as(token).body(Map.of("declaredAt", at.toString(), "authorityCode", "PA05",
                        "documentNumber", "15/UBND-VP", "note", "Gửi qua hệ thống quản lý văn bản điều hành"))
                .post("/api/v1/units/" + unit + "/declarations").then().statusCode(201).extract().jsonPath();
    }

    private static void newFocalPoint(String unit, String name) {
        Map<String, Object> body = Units.unitBody(unit);
        body.put("focalPoint", Map.of("name", name, "phone", "0913 222 333"));
        Api.as(Tokens.admin()).body(body).put(Units.UNITS + "/" + unit).then().statusCode(200);
    }

    @Test
    void aNewFocalPointIsDueForDeclarationWithin24HoursAndADeclarationInTimeMeetsIt() {
        String unit = Fixtures.commune();
        String admin = Tokens.admin();
        // the commune was registered with its focal point: that is a change to declare
        JsonPath before = register(admin, unit);
        assertEquals(1, before.getList("openObligations").size());
        Instant startsAt = Instant.parse(before.getString("openObligations[0].startsAt"));
        Instant dueAt = Instant.parse(before.getString("openObligations[0].dueAt"));
        assertEquals(Duration.ofHours(24), Duration.between(startsAt, dueAt));
        assertEquals("FOCAL_POINT_DECLARATION", before.getString("openObligations[0].kind"));
        assertTrue(before.getString("openObligations[0].legalBasis").contains("330/2026"));
        assertEquals(false, before.getBoolean("openObligations[0].breached"));
        assertEquals("Lê Văn Bình", before.getString("contacts.find { it.role == 'FOCAL_POINT' }.name"));
        assertEquals(false, before.getBoolean("contacts.find { it.role == 'FOCAL_POINT' }.declared"));
        String obligation = before.getString("openObligations[0].id");

        MovableTimeSource.advance(Duration.ofHours(3));
        Instant sent = MovableTimeSource.current().minusSeconds(60);
        JsonPath declaration = declare(Tokens.reporter(unit), unit, sent);
        assertEquals(List.of(obligation), declaration.getList("met"));

        JsonPath after = register(admin, unit);
        assertEquals(0, after.getList("openObligations").size());
        assertEquals(true, after.getBoolean("contacts.find { it.role == 'FOCAL_POINT' }.declared"));
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).get("/api/v1/unit-obligations").then()
                .statusCode(200).body("items.id", contains(obligation)).body("items[0].status", equalTo("MET"))
                .body("items[0].breached", equalTo(false))
                .body("items[0].metBy", equalTo(declaration.getString("id")));
        Api.as(Tokens.auditor()).get("/api/v1/units/" + unit + "/declarations/" + declaration.getString("id"))
                .then().statusCode(200).body("met", contains(obligation)).body("authorityCode", equalTo("PA05"));
        assertEquals(1, AuditEntries.count(db, "UNIT_OBLIGATION", obligation, "START"));
        assertEquals(1, AuditEntries.count(db, "UNIT_OBLIGATION", obligation, "MEET"));
        assertEquals(0, AuditEntries.count(db, "UNIT", unit, "START"), "the unit's own history stays its changes");
        assertEquals(1, AuditEntries.count(db, "UNIT", unit, "CONTACTS_DECLARED"));
    }

    @Test
    void aChangeDeclaredLateIsMetAndBreachedAndIsListedOverdueUntilThen() {
        String unit = Fixtures.commune();
        MovableTimeSource.advance(Duration.ofMinutes(1));
        declare(Tokens.coordinator(), unit, MovableTimeSource.current().minusSeconds(5));
        MovableTimeSource.advance(Duration.ofMinutes(10));
        newFocalPoint(unit, "Trần Thị Mai");
        String obligation = register(Tokens.admin(), unit).getString("openObligations[0].id");
        Instant changedAt = MovableTimeSource.current();

        // a declaration dated before the change declared the previous focal point: it meets nothing
        JsonPath stale = declare(Tokens.coordinator(), unit, changedAt.minus(Duration.ofMinutes(5)));
        assertEquals(List.of(), stale.getList("met"));
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).queryParam("overdue", "true")
                .get("/api/v1/unit-obligations").then().statusCode(200).body("items", empty());

        MovableTimeSource.advance(Duration.ofHours(25));
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).queryParam("overdue", "true")
                .get("/api/v1/unit-obligations").then().statusCode(200)
                .body("items.id", contains(obligation)).body("items[0].breached", equalTo(true));
        Api.as(Tokens.reporter(unit)).queryParam("overdue", "true").get("/api/v1/unit-obligations").then()
                .statusCode(200).body("items.id", contains(obligation));
        Api.as(Tokens.reporter(Fixtures.commune())).queryParam("unitCode", unit).get("/api/v1/unit-obligations")
                .then().statusCode(200).body("items", empty());
        Api.as(Tokens.admin()).get(contacts(unit)).then().statusCode(200)
                .body("contacts.find { it.role == 'FOCAL_POINT' }.name", equalTo("Trần Thị Mai"))
                .body("contacts.find { it.role == 'FOCAL_POINT' }.declared", equalTo(false))
                .body("openObligations[0].breached", equalTo(true));

        JsonPath late = declare(Tokens.reporter(unit), unit, MovableTimeSource.current().minusSeconds(30));
        assertEquals(List.of(obligation), late.getList("met"));
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).queryParam("status", "MET")
                .get("/api/v1/unit-obligations").then().statusCode(200)
                .body("items.find { it.id == '" + obligation + "' }.breached", equalTo(true))
                .body("items.find { it.id == '" + obligation + "' }.metBy", equalTo(late.getString("id")));
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).queryParam("overdue", "true")
                .get("/api/v1/unit-obligations").then().statusCode(200).body("items", empty());
        Api.as(Tokens.auditor()).get("/api/v1/units/" + unit + "/declarations").then().statusCode(200)
                .body("items", hasSize(3));
    }

    @Test
    void theHistoryKeepsEveryChangeAndThe247ContactAndIntakeAddressAreKeptHere() {
        String unit = Fixtures.commune();
        newFocalPoint(unit, "Trần Thị Mai");
        Map<String, Object> lead = Units.unitBody(unit);
        lead.put("focalPoint", Map.of("name", "Trần Thị Mai", "phone", "0913 222 333"));
        lead.put("securityLead", Map.of("name", "Nguyễn Văn An", "title", "Phó Chủ tịch UBND xã"));
        Api.as(Tokens.admin()).body(lead).put(Units.UNITS + "/" + unit).then().statusCode(200);

        String admin = Tokens.admin();
        Map<String, Object> desk = Map.of("name", "Trực ban an ninh mạng xã", "phone", "0237 3871 113");
        Api.as(admin).body(desk).put(contacts(unit) + "/CONTACT_24_7").then().statusCode(200)
                .body("contacts.find { it.role == 'CONTACT_24_7' }.phone", equalTo("0237 3871 113"))
                .body("contacts.find { it.role == 'CONTACT_24_7' }.since", not(nullValue()));
        Api.as(admin).body(desk).put(contacts(unit) + "/CONTACT_24_7").then().statusCode(200);
        Api.as(admin).body(Map.of("address", "https://minhson.thanhhoa.gov.vn/phan-anh-su-co",
                "email", "tiepnhan.minhson@thanhhoa.gov.vn")).put(contacts(unit) + "/INCIDENT_INTAKE").then()
                .statusCode(200);

        Api.as(Tokens.reporter(unit)).get(contacts(unit) + "/history").then().statusCode(200)
                .body("items.role", contains("FOCAL_POINT", "FOCAL_POINT", "SECURITY_LEAD", "CONTACT_24_7",
                        "INCIDENT_INTAKE"))
                .body("items.name", contains("Lê Văn Bình", "Trần Thị Mai", "Nguyễn Văn An",
                        "Trực ban an ninh mạng xã", null));
        // two focal points, two obligations; the lead, the 24/7 contact and the intake address start none
        assertEquals(2, Sql.count(db, "select count(*) from unit_obligation where unit_code = ?", unit));
        assertEquals(2, AuditEntries.count(db, "UNIT", unit, "CONTACT_CHANGED"));

        Problems.problem(Api.as(admin).body(desk).put(contacts(unit) + "/FOCAL_POINT"), 400, "validation")
                .body("errors.field", contains("role"));
        Problems.problem(Api.as(admin).body(Map.of("name", "Không có số")).put(contacts(unit) + "/CONTACT_24_7"),
                400, "validation");
        Problems.problem(Api.as(admin).body(desk).put(contacts(unit) + "/TRUC_BAN"), 400, "validation")
                .body("errors.field", contains("role"));
        Problems.problem(Api.as(Tokens.coordinator()).body(desk).put(contacts(unit) + "/CONTACT_24_7"), 403,
                "forbidden");
        Problems.problem(Api.as(Tokens.reporter(Fixtures.commune())).get(contacts(unit)), 404, "not-found");
        Problems.problem(Api.as(Tokens.reporter(Fixtures.commune())).get(contacts(unit) + "/history"), 404,
                "not-found");
    }

    @Test
    void aDeclarationInTheFutureToAnUnknownAuthorityOrOfAnotherUnitIsRefusedAndMeetsNothing() {
        String unit = Fixtures.commune();
        Problems.problem(Api.as(Tokens.coordinator()).body(Map.of("declaredAt",
                        MovableTimeSource.current().plus(Duration.ofHours(1)).toString(), "authorityCode", "PA05"))
                .post("/api/v1/units/" + unit + "/declarations"), 400, "validation")
                .body("errors.field", contains("declaredAt"));
        Problems.problem(Api.as(Tokens.coordinator()).body(Map.of("declaredAt",
                        MovableTimeSource.current().toString(), "authorityCode", "SO-TTTT"))
                .post("/api/v1/units/" + unit + "/declarations"), 400, "validation")
                .body("errors.field", contains("authorityCode"));
        Problems.problem(Api.as(Tokens.reporter(Fixtures.commune())).body(Map.of("declaredAt",
                        MovableTimeSource.current().toString(), "authorityCode", "PA05"))
                .post("/api/v1/units/" + unit + "/declarations"), 404, "not-found");
        // a token that is also a responder reads every unit, yet declares for its own unit only
        String reporterAndResponder = Tokens.token("hai-vai", List.of(Roles.REPORTER, Roles.RESPONDER),
                Fixtures.commune());
        Problems.problem(Api.as(reporterAndResponder).body(Map.of("declaredAt",
                        MovableTimeSource.current().toString(), "authorityCode", "PA05"))
                .post("/api/v1/units/" + unit + "/declarations"), 403, "forbidden");
        assertEquals(0, Sql.count(db, "select count(*) from unit_declaration where unit_code = ?", unit));
        assertEquals(1, Sql.count(db, "select count(*) from unit_obligation where unit_code = ? and status = 'OPEN'",
                unit));
    }
}
