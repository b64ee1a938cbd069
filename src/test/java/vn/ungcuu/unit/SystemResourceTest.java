package vn.ungcuu.unit;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Pages;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** api.md "Units and information systems" (systems) with the Conventions on errors, ETags and lists. */
@QuarkusTest
class SystemResourceTest {

    private static final String SYSTEMS = "/api/v1/systems";

    @Inject
    DataSource dataSource;

    // ---------------------------------------------------------------- create

    @Test
    void anAdminCreatesASystemWithDefaults() {
        String unit = Fixtures.commune();
        Response created = Api.as(Tokens.admin())
                .body(Map.of("unitCode", unit, "name", "Cổng thông tin điện tử xã", "securityLevel", 2))
                .post(SYSTEMS);
        String id = created.then()
                .statusCode(201)
                .contentType("application/json")
                .header("ETag", "\"0\"")
                .body("id", not(nullValue()))
                .body("unitCode", equalTo(unit))
                .body("name", equalTo("Cổng thông tin điện tử xã"))
                .body("securityLevel", equalTo(2))
                .body("nationalCritical", equalTo(false))
                .body("internetFacing", equalTo(false))
                .body("levelDossier", equalTo("NONE"))
                .body("version", equalTo(0))
                .body("createdAt", endsWith("Z"))
                .body("updatedAt", endsWith("Z"))
                .extract().path("id");
        assertEquals(SYSTEMS + "/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        UUID.fromString(id);

        Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("unitCode", equalTo(unit))
                .body("levelDossier", equalTo("NONE"));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and unit_code = ? and security_level = 2 and level_dossier = 'NONE' and not national_critical"
                + " and not internet_facing", id, unit));
    }

    @Test
    void aCoordinatorCreatesASystemWithEveryField() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 4);
        body.put("nationalCritical", true);
        body.put("internetFacing", true);
        body.put("levelDossier", "APPROVED");
        String id = Api.as(Tokens.coordinator()).body(body).post(SYSTEMS).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(SYSTEMS + "/"))
                .body("securityLevel", equalTo(4))
                .body("nationalCritical", equalTo(true))
                .body("internetFacing", equalTo(true))
                .body("levelDossier", equalTo("APPROVED"))
                .extract().path("id");
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and national_critical and internet_facing and level_dossier = 'APPROVED'", id));
    }

    @Test
    void creatingASystemWritesACreateAuditEntry() {
        String unit = Fixtures.commune();
        String id = Api.as(Tokens.coordinator()).body(systemBody(unit, 3)).post(SYSTEMS).then()
                .statusCode(201).extract().path("id");

        assertEquals(1, auditRows(id, "CREATE"));
        assertEquals(1, Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'"
                + " and entity_id = ? and action = 'CREATE' and jsonb_typeof(changes) = 'array'", id));
        assertEquals(1, auditContaining(id, "CREATE",
                "[{\"field\": \"unitCode\", \"from\": null, \"to\": \"" + unit + "\"},"
                        + " {\"field\": \"securityLevel\", \"from\": null, \"to\": 3},"
                        + " {\"field\": \"levelDossier\", \"from\": null, \"to\": \"NONE\"}]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reporter", "auditor", "responder", "provincial"})
    void otherRolesMayNotCreateOrReplaceASystem(String role) {
        String unit = Fixtures.commune();
        String token = Tokens.ofRole(role, unit);

        problem(Api.as(token).body(systemBody(unit, 2)).post(SYSTEMS), 403, "forbidden");
        assertEquals(0, systemRows(unit));

        String id = Fixtures.system(unit, 2);
        Map<String, Object> replacement = systemBody(unit, 5);
        problem(Api.as(token).body(replacement).put(SYSTEMS + "/" + id), 403, "forbidden");
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 2 and version = 0", id));
        assertEquals(0, auditRows(id, "UPDATE"));
    }

    // ---------------------------------------------------------------- create: validation

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void aSecurityLevelOutside1To5Is400(int level) {
        String unit = Fixtures.commune();
        problem(Api.as(Tokens.admin()).body(systemBody(unit, level)).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("securityLevel")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void theSecurityLevelBoundsAreAccepted() {
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body(systemBody(unit, 1)).post(SYSTEMS).then().statusCode(201)
                .body("securityLevel", equalTo(1));
        Api.as(Tokens.admin()).body(systemBody(unit, 5)).post(SYSTEMS).then().statusCode(201)
                .body("securityLevel", equalTo(5));
        assertEquals(2, systemRows(unit));
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        problem(Api.as(Tokens.admin()).body(Map.of("nationalCritical", true)).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("name", "securityLevel", "unitCode")))
                .body("detail", equalTo("3 fields are invalid"));
    }

    @Test
    void anUnknownUnitCodeIs400() {
        String unknown = Fixtures.uniqueCode("NOPE");
        problem(Api.as(Tokens.admin()).body(systemBody(unknown, 2)).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("unitCode")));
        assertEquals(0, systemRows(unknown));
        assertEquals(0, Sql.count(dataSource, "select count(*) from audit_entry where entity_type = 'SYSTEM'"
                + " and changes @> ?::jsonb", "[{\"field\": \"unitCode\", \"to\": \"" + unknown + "\"}]"));
    }

    @Test
    void aMalformedUnitCodeIs400() {
        problem(Api.as(Tokens.admin()).body(systemBody("xa-lower", 2)).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("unitCode")));
    }

    @Test
    void anUnknownLevelDossierIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("levelDossier", "PENDING");
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("levelDossier")))
                .body("errors[0].message", containsString("APPROVED"));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aSecurityLevelGivenAsTextIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("securityLevel", "3");
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("securityLevel")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aFractionalSecurityLevelIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("securityLevel", 2.5);
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("securityLevel")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aBooleanGivenAsTextIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("nationalCritical", "yes");
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("nationalCritical")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aBooleanGivenAsANumberIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("internetFacing", 1);
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("internetFacing")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aNameGivenAsANumberIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("name", 42);
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("name")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void anOverlongNameIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("name", "x".repeat(201));
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("name")));
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        problem(Api.as(Tokens.admin()).body("[1, 2]").post(SYSTEMS), 400, "malformed-request");
    }

    @Test
    void anOutOfRangeIntegerIs400() {
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body("{\"unitCode\": \"" + unit + "\", \"name\": \"x\", \"securityLevel\": 99999999999}")
                .post(SYSTEMS).then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON);
        assertEquals(0, systemRows(unit));
    }

    // Regression (found as a 500): a NUL character (\u0000) in the name reaches PostgreSQL ("invalid byte sequence for encoding UTF8:
    // 0x00"); the DataException is answered 500 instead of a 400 for the field.
    @Test
    void aNulCharacterInTheNameIs400() {
        String unit = Fixtures.commune();
        Map<String, Object> body = systemBody(unit, 2);
        body.put("name", "Cổng\u0000thông tin");
        Api.as(Tokens.admin()).body(body).post(SYSTEMS).then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON);
        assertEquals(0, systemRows(unit));
    }

    // ---------------------------------------------------------------- read and visibility

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "12345", "01a228bd-f3a5-73fd-b755-867182059c5z",
            "01a228bd-f3a5-73fd-b755-867182059c55-extra"})
    void aMalformedIdIs404(String id) {
        problem(Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + id), 404, "not-found");
    }

    @Test
    void anUnknownIdIs404() {
        problem(Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void aPutToAMalformedOrUnknownIdIs404() {
        String unit = Fixtures.commune();
        problem(Api.as(Tokens.admin()).body(systemBody(unit, 2)).put(SYSTEMS + "/not-a-uuid"), 404, "not-found");
        problem(Api.as(Tokens.admin()).body(systemBody(unit, 2)).put(SYSTEMS + "/" + UUID.randomUUID()), 404,
                "not-found");
        assertEquals(0, systemRows(unit));
    }

    @Test
    void aReporterSeesItsOwnUnitsSystemsOnly() {
        String own = Fixtures.commune();
        String other = Fixtures.commune();
        String mine1 = Fixtures.system(own, 1);
        String mine2 = Fixtures.system(own, 3);
        String theirs = Fixtures.system(other, 2);
        String reporter = Tokens.reporter(own);

        List<String> listed = Pages.walk(reporter, SYSTEMS, Map.of("limit", "1"), "items.id");
        assertEquals(List.of(mine1, mine2), listed);
        Api.as(reporter).get(SYSTEMS).then()
                .statusCode(200)
                .body("items.unitCode", everyItem(equalTo(own)))
                .body("nextCursor", nullValue());
        Api.as(reporter).queryParam("unitCode", other).get(SYSTEMS).then()
                .statusCode(200)
                .body("items.size()", equalTo(0));

        Api.as(reporter).get(SYSTEMS + "/" + mine1).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("unitCode", equalTo(own));
        problem(Api.as(reporter).get(SYSTEMS + "/" + theirs), 404, "not-found");
    }

    @Test
    void aCoordinatorSeesEveryUnitsSystems() {
        String a = Fixtures.commune();
        String b = Fixtures.commune();
        String inA = Fixtures.system(a, 1);
        String inB = Fixtures.system(b, 2);
        String coordinator = Tokens.coordinator();

        Api.as(coordinator).get(SYSTEMS + "/" + inA).then().statusCode(200).body("unitCode", equalTo(a));
        Api.as(coordinator).get(SYSTEMS + "/" + inB).then().statusCode(200).body("unitCode", equalTo(b));
        assertEquals(List.of(inB), Pages.walk(coordinator, SYSTEMS, Map.of("unitCode", b), "items.id"));
    }

    // Regression (found as a 500): the unitCode filter of GET /systems goes to the query unchecked; ?unitCode=XA%00 makes PostgreSQL
    // fail ("invalid byte sequence for encoding UTF8: 0x00") and answers 500 (an empty page or a 400 would do).
    @Test
    void aNulCharacterInTheUnitCodeFilterIsNotA500() {
        Api.as(Tokens.coordinator()).urlEncodingEnabled(false).get(SYSTEMS + "?unitCode=XA%00").then()
                .statusCode(either(equalTo(200)).or(equalTo(400)))
                .body("items", anyOf(nullValue(), hasSize(0)));
    }

    // ---------------------------------------------------------------- lists

    @Test
    void systemsOfAUnitPageInCreationOrderWithLinks() {
        String unit = Fixtures.commune();
        List<String> ids = List.of(Fixtures.system(unit, 1), Fixtures.system(unit, 2), Fixtures.system(unit, 3));
        String token = Tokens.coordinator();

        Response first = Api.as(token).queryParam("unitCode", unit).queryParam("limit", 2).get(SYSTEMS);
        first.then().statusCode(200).body("items.id", equalTo(ids.subList(0, 2)));
        String cursor = first.path("nextCursor");
        assertNotNull(cursor);
        String link = first.header("Link");
        assertNotNull(link);
        assertTrue(link.contains("rel=\"next\"") && link.contains("cursor=" + cursor)
                && link.contains("unitCode=" + unit), link);

        Response second = Api.as(token).queryParam("unitCode", unit).queryParam("limit", 2)
                .queryParam("cursor", cursor).get(SYSTEMS);
        second.then().statusCode(200)
                .body("items.id", equalTo(ids.subList(2, 3)))
                .body("nextCursor", nullValue());
        assertNull(second.header("Link"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage!!", "c3lzdGVtcx9ub3QtYS11dWlk", "dW5pdHMfWEEtMQ"})
    void aCursorThisListDidNotIssueIs400(String cursor) {
        problem(Api.as(Tokens.coordinator()).queryParam("cursor", cursor).get(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("cursor")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "abc"})
    void aLimitOutside1To500Is400(String limit) {
        problem(Api.as(Tokens.coordinator()).queryParam("limit", limit).get(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("limit")));
    }

    // ---------------------------------------------------------------- replace

    @Test
    void aPutWithTheCurrentIfMatchReplacesAndAudits() {
        String unit = Fixtures.commune();
        String id = Fixtures.system(unit, 2);
        Map<String, Object> body = systemBody(unit, 3);
        body.put("name", "Hệ thống một cửa điện tử");
        body.put("levelDossier", "SUBMITTED");
        body.put("internetFacing", true);

        Api.as(Tokens.coordinator()).header("If-Match", "\"0\"").body(body).put(SYSTEMS + "/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("name", equalTo("Hệ thống một cửa điện tử"))
                .body("securityLevel", equalTo(3))
                .body("levelDossier", equalTo("SUBMITTED"))
                .body("internetFacing", equalTo(true))
                .body("nationalCritical", equalTo(false))
                .body("version", equalTo(1));

        assertEquals(1, auditRows(id, "UPDATE"));
        assertEquals(1, auditContaining(id, "UPDATE",
                "[{\"field\": \"securityLevel\", \"from\": 2, \"to\": 3},"
                        + " {\"field\": \"levelDossier\", \"from\": \"NONE\", \"to\": \"SUBMITTED\"},"
                        + " {\"field\": \"internetFacing\", \"from\": false, \"to\": true},"
                        + " {\"field\": \"name\", \"from\": \"Hệ thống cấp 2\", \"to\": \"Hệ thống một cửa điện tử\"}]"));
        assertEquals(0, auditContaining(id, "UPDATE", "[{\"field\": \"unitCode\"}]"));
    }

    @Test
    void aPutWithAStaleIfMatchIs412AndChangesNothing() {
        String unit = Fixtures.commune();
        String id = Fixtures.system(unit, 2);
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(systemBody(unit, 3)).put(SYSTEMS + "/" + id).then()
                .statusCode(200).header("ETag", "\"1\"");

        problem(Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(systemBody(unit, 5))
                .put(SYSTEMS + "/" + id), 412, "precondition-failed");

        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 3 and version = 1", id));
        assertEquals(1, auditRows(id, "UPDATE"));
        Api.as(Tokens.admin()).get(SYSTEMS + "/" + id).then().header("ETag", "\"1\"").body("securityLevel", equalTo(3));
    }

    @Test
    void aPutMovingASystemToAnUnknownUnitIs400() {
        String unit = Fixtures.commune();
        String id = Fixtures.system(unit, 2);
        problem(Api.as(Tokens.admin()).body(systemBody(Fixtures.uniqueCode("NOPE"), 2)).put(SYSTEMS + "/" + id), 400,
                "validation")
                .body("errors.field", equalTo(List.of("unitCode")));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and unit_code = ? and version = 0", id, unit));
    }

    @Test
    void aPutWithAnInvalidSecurityLevelIs400AndChangesNothing() {
        String unit = Fixtures.commune();
        String id = Fixtures.system(unit, 2);
        problem(Api.as(Tokens.admin()).body(systemBody(unit, 6)).put(SYSTEMS + "/" + id), 400, "validation")
                .body("errors.field", equalTo(List.of("securityLevel")));
        assertEquals(1, Sql.count(dataSource, "select count(*) from information_system where id = ?::uuid"
                + " and security_level = 2 and version = 0", id));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> systemBody(String unitCode, int level) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unitCode);
        body.put("name", "Hệ thống cấp " + level);
        body.put("securityLevel", level);
        return body;
    }

    private long systemRows(String unitCode) {
        return Sql.count(dataSource, "select count(*) from information_system where unit_code = ?", unitCode);
    }

    private long auditRows(String id, String action) {
        return AuditEntries.count(dataSource, "SYSTEM", id, action);
    }

    private long auditContaining(String id, String action, String changes) {
        return AuditEntries.countWithChanges(dataSource, "SYSTEM", id, action, changes);
    }
}
