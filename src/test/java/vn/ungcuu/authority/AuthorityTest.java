package vn.ungcuu.authority;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/**
 * Issue 16, item 7: authorities as deployment data, with the five defaults of the 2026 regime seeded. The seeded
 * rows are only read here; every write goes to an authority the test registers.
 */
@QuarkusTest
class AuthorityTest {

    private static final String AUTHORITIES = "/api/v1/authorities";

    @Inject
    DataSource db;

    // ---------------------------------------------------------------- the defaults

    @Test
    void theFiveDefaultsOfThe2026RegimeAreThereWithTheirNames() {
        Map<String, List<String>> defaults = Map.of(
                "PA05", List.of("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an tỉnh",
                        "Provincial Police, Cybersecurity and High-tech Crime Prevention Division"),
                "A05", List.of("Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an "
                        + "(với VNCERT/CC)", "Ministry of Public Security, Department of Cybersecurity and High-tech "
                        + "Crime Prevention (with VNCERT/CC)"),
                "PDP", List.of("Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an",
                        "Ministry of Public Security, personal data protection agency"),
                "SKHCN", List.of("Sở Khoa học và Công nghệ", "Provincial Department of Science and Technology"),
                "RESPONSE-TEAM", List.of("Đội ứng cứu sự cố an ninh mạng tỉnh",
                        "Provincial cybersecurity incident response team"));
        String reporter = Tokens.reporter(Fixtures.commune());

        List<String> listed = Pages.walk(reporter, AUTHORITIES, Map.of("active", "true", "limit", "500"),
                "items.code");
        assertTrue(listed.containsAll(defaults.keySet()), "listed: " + listed);
        defaults.forEach((code, names) -> Api.as(reporter).get(AUTHORITIES + "/" + code).then()
                .statusCode(200)
                .header("ETag", not(nullValue()))
                .body("code", equalTo(code))
                .body("nameVi", equalTo(names.get(0)))
                .body("nameEn", equalTo(names.get(1)))
                .body("active", equalTo(true)));
    }

    // ---------------------------------------------------------------- create and read

    @Test
    void anAdminRegistersAnAuthorityAndEveryoneReadsIt() {
        String code = Fixtures.uniqueCode("CA");
        Map<String, Object> body = authority(code);

        Api.as(Tokens.admin()).body(body).post(AUTHORITIES).then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith(AUTHORITIES + "/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("nameVi", equalTo("Công an huyện " + code))
                .body("nameEn", nullValue())
                .body("channels.type", equalTo(List.of("EMAIL", "PHONE")))
                .body("channels[0].value", equalTo("doi-anm@congan.thanhhoa.gov.vn"))
                .body("channels[0].note", nullValue())
                .body("channels[1].note", equalTo("Trực ban 24/7"))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .body("createdAt", endsWith("Z"));

        for (String token : List.of(Tokens.reporter(Fixtures.commune()), Tokens.responder("r-" + code),
                Tokens.provincial(), Tokens.auditor(), Tokens.coordinator())) {
            Api.as(token).get(AUTHORITIES + "/" + code).then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("nameVi", equalTo("Công an huyện " + code))
                    .body("channels[1].value", equalTo("0237 3852 113"));
        }
        assertEquals(1, rows(code));
        assertEquals(1, AuditEntries.count(db, "AUTHORITY", code, "CREATE"));
        assertEquals(1, AuditEntries.countWithChanges(db, "AUTHORITY", code, "CREATE",
                "[{\"field\": \"nameVi\", \"from\": null, \"to\": \"Công an huyện " + code + "\"},"
                        + " {\"field\": \"channels\", \"from\": null, \"to\": [{\"type\": \"EMAIL\"},"
                        + " {\"type\": \"PHONE\", \"value\": \"0237 3852 113\"}]},"
                        + " {\"field\": \"active\", \"from\": null, \"to\": true}]"));
    }

    @Test
    void anAuthorityMayStartWithoutChannelsAndInactive() {
        String code = Fixtures.uniqueCode("CA");
        Api.as(Tokens.admin()).body(Map.of("code", code, "nameVi", "Sở Nội vụ", "nameEn", "Department of Home Affairs",
                "channels", List.of(), "active", false)).post(AUTHORITIES).then()
                .statusCode(201)
                .body("channels", equalTo(List.of()))
                .body("nameEn", equalTo("Department of Home Affairs"))
                .body("active", equalTo(false));
    }

    @Test
    void anUnknownCodeIs404() {
        problem(Api.as(Tokens.coordinator()).get(AUTHORITIES + "/" + Fixtures.uniqueCode("NOPE")), 404, "not-found");
        problem(Api.as(Tokens.coordinator()).get(AUTHORITIES + "/not a code"), 404, "not-found");
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aTakenCodeIs409AndChangesNothing() {
        String code = register();
        Map<String, Object> again = authority(code);
        again.put("nameVi", "Một cơ quan khác");
        problem(Api.as(Tokens.admin()).body(again).post(AUTHORITIES), 409, "already-exists");
        assertEquals(1, Sql.count(db, "select count(*) from authority where code = ? and name_vi = ? and version = 0",
                code, "Công an huyện " + code));
        assertEquals(1, AuditEntries.count(db, "AUTHORITY", code, "CREATE"));

        // a seeded default too
        Map<String, Object> seeded = authority("PA05");
        problem(Api.as(Tokens.admin()).body(seeded).post(AUTHORITIES), 409, "already-exists");
        assertEquals(0, AuditEntries.count(db, "AUTHORITY", "PA05", "CREATE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pa05", "5PA", "A", "PA 05", "PA_05", "-PA05", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDE"})
    void aCodeOutsideThePatternIs400NamingIt(String code) {
        problem(Api.as(Tokens.admin()).body(authority(code)).post(AUTHORITIES), 400, "validation")
                .body("errors.field", equalTo(List.of("code")));
        assertEquals(0, rows(code));
    }

    @Test
    void aMissingCodeNameOrChannelsIsNamed() {
        problem(Api.as(Tokens.admin()).body(Map.of("nameVi", "Sở Y tế", "channels", List.of())).post(AUTHORITIES),
                400, "validation").body("errors.field", equalTo(List.of("code")));
        String code = Fixtures.uniqueCode("CA");
        problem(Api.as(Tokens.admin()).body(Map.of("code", code, "nameVi", " ")).post(AUTHORITIES), 400,
                "validation").body("errors.field", equalTo(List.of("channels", "nameVi")));
        Map<String, Object> blankEnglish = authority(code);
        blankEnglish.put("nameEn", "");
        problem(Api.as(Tokens.admin()).body(blankEnglish).post(AUTHORITIES), 400, "validation")
                .body("errors.field", equalTo(List.of("nameEn")));
        assertEquals(0, rows(code));
    }

    @Test
    void anUnknownChannelTypeIs400NamingTheChannel() {
        String code = Fixtures.uniqueCode("CA");
        Map<String, Object> body = authority(code);
        body.put("channels", List.of(Map.of("type", "EMAIL", "value", "a@b.vn"), Map.of("type", "FAX",
                "value", "0237 3852 114")));
        problem(Api.as(Tokens.admin()).body(body).post(AUTHORITIES), 400, "validation")
                .body("errors.field", equalTo(List.of("channels[1].type")))
                .body("errors[0].message", equalTo("must be one of [EMAIL, PHONE, PORTAL, DOCUMENT_SYSTEM, ADDRESS]"));
        assertEquals(0, rows(code));
    }

    @Test
    void eachBadChannelIsNamedByItsPlace() {
        String code = Fixtures.uniqueCode("CA");
        Map<String, Object> body = authority(code);
        Map<String, Object> untyped = new HashMap<>();
        untyped.put("value", "Số 1 Trần Phú");
        body.put("channels", List.of(
                Map.of("type", "EMAIL", "value", "not-an-email"),
                untyped,
                Map.of("type", "PORTAL", "value", "ftp://ca.gov.vn"),
                Map.of("type", "PHONE", "value", "gọi trực ban"),
                Map.of("type", "ADDRESS", "value", " "),
                Map.of("type", "DOCUMENT_SYSTEM", "value", "000.00.15.H56", "note", "x".repeat(501)),
                Map.of("type", "PORTAL", "value", "https://dichvucong.bocongan.gov.vn")));
        problem(Api.as(Tokens.admin()).body(body).post(AUTHORITIES), 400, "validation")
                .body("errors.field", equalTo(List.of("channels[0].value", "channels[1].type", "channels[2].value",
                        "channels[3].value", "channels[4].value", "channels[5].note")));
        assertEquals(0, rows(code));
    }

    @Test
    void aReporterReadsButCannotWriteAndAnonymousCallersNeither() {
        String code = register();
        String reporter = Tokens.reporter(Fixtures.commune());
        String other = Fixtures.uniqueCode("CA");

        problem(Api.as(reporter).body(authority(other)).post(AUTHORITIES), 403, "forbidden");
        Map<String, Object> change = authority(code);
        change.put("nameVi", "Đã bị sửa");
        problem(Api.as(reporter).body(change).put(AUTHORITIES + "/" + code), 403, "forbidden");
        problem(Api.as(Tokens.coordinator()).body(change).put(AUTHORITIES + "/" + code), 403, "forbidden");
        problem(Api.anonymous().body(change).put(AUTHORITIES + "/" + code), 401, "unauthorized");
        problem(Api.anonymous().get(AUTHORITIES + "/" + code), 401, "unauthorized");

        Api.as(reporter).get(AUTHORITIES + "/" + code).then().statusCode(200).body("nameVi",
                equalTo("Công an huyện " + code));
        assertEquals(0, rows(other));
        assertEquals(1, Sql.count(db, "select count(*) from authority where code = ? and version = 0", code));
        assertEquals(0, AuditEntries.count(db, "AUTHORITY", code, "UPDATE"));
    }

    // ---------------------------------------------------------------- replace

    @Test
    void putReplacesUnderIfMatchAndAuditsWhatChanged() {
        String code = register();
        String etag = Api.as(Tokens.admin()).get(AUTHORITIES + "/" + code).then().statusCode(200)
                .extract().header("ETag");
        assertEquals("\"0\"", etag);

        Map<String, Object> replacement = new HashMap<>();
        replacement.put("nameVi", "Công an huyện " + code);
        replacement.put("nameEn", "District police " + code);
        replacement.put("channels", List.of(Map.of("type", "DOCUMENT_SYSTEM", "value", "000.00.15.H56",
                "note", "Hệ thống quản lý văn bản điều hành")));
        replacement.put("active", false);
        Api.as(Tokens.admin()).header("If-Match", etag).body(replacement).put(AUTHORITIES + "/" + code).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("code", equalTo(code))
                .body("nameEn", equalTo("District police " + code))
                .body("channels.type", equalTo(List.of("DOCUMENT_SYSTEM")))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
        Api.as(Tokens.auditor()).get(AUTHORITIES + "/" + code).then()
                .statusCode(200).header("ETag", "\"1\"").body("channels[0].value", equalTo("000.00.15.H56"));

        assertEquals(1, AuditEntries.count(db, "AUTHORITY", code, "UPDATE"));
        assertEquals(1, AuditEntries.countWithChanges(db, "AUTHORITY", code, "UPDATE",
                "[{\"field\": \"nameEn\", \"from\": null, \"to\": \"District police " + code + "\"},"
                        + " {\"field\": \"channels\", \"from\": [{\"type\": \"EMAIL\"}, {\"type\": \"PHONE\"}],"
                        + " \"to\": [{\"type\": \"DOCUMENT_SYSTEM\", \"value\": \"000.00.15.H56\"}]},"
                        + " {\"field\": \"active\", \"from\": true, \"to\": false}]"));
        // the unchanged name is not recorded
        assertEquals(0, AuditEntries.countWithChanges(db, "AUTHORITY", code, "UPDATE", "[{\"field\": \"nameVi\"}]"));

        // a second writer still holding "0" is refused and changes nothing
        Map<String, Object> stale = new HashMap<>(replacement);
        stale.put("nameVi", "Tên từ bản cũ");
        problem(Api.as(Tokens.admin()).header("If-Match", etag).body(stale).put(AUTHORITIES + "/" + code), 412,
                "precondition-failed");
        assertEquals(1, Sql.count(db, "select count(*) from authority where code = ? and name_vi = ? and version = 1"
                + " and not active", code, "Công an huyện " + code));
        assertEquals(1, AuditEntries.count(db, "AUTHORITY", code, "UPDATE"));
    }

    @Test
    void aPutThatChangesNothingWritesNothing() {
        String code = register();
        Map<String, Object> same = authority(code);
        same.remove("code");
        Api.as(Tokens.admin()).header("If-Match", "\"0\"").body(same).put(AUTHORITIES + "/" + code).then()
                .statusCode(200).header("ETag", "\"0\"").body("version", equalTo(0));
        assertEquals(0, AuditEntries.count(db, "AUTHORITY", code, "UPDATE"));
    }

    @Test
    void aPutElsewhereOrWithAnotherCodeIsRefused() {
        String code = register();
        String unknown = Fixtures.uniqueCode("CA");
        problem(Api.as(Tokens.admin()).body(authority(unknown)).put(AUTHORITIES + "/" + unknown), 404, "not-found");
        assertEquals(0, rows(unknown));

        Map<String, Object> renamed = authority(Fixtures.uniqueCode("CA"));
        problem(Api.as(Tokens.admin()).body(renamed).put(AUTHORITIES + "/" + code), 400, "validation")
                .body("errors.field", equalTo(List.of("code")));

        Map<String, Object> badChannel = authority(code);
        badChannel.put("channels", List.of(Map.of("type", "EMAIL", "value", "@")));
        problem(Api.as(Tokens.admin()).body(badChannel).put(AUTHORITIES + "/" + code), 400, "validation")
                .body("errors.field", equalTo(List.of("channels[0].value")));
        assertEquals(1, Sql.count(db, "select count(*) from authority where code = ? and version = 0", code));
    }

    // ---------------------------------------------------------------- lists

    @Test
    void pagesOfTwoWalkEveryAuthorityOnceInCodeOrder() {
        List<String> mine = List.of(register(), register(), register());
        String admin = Tokens.admin();

        Api.as(admin).queryParam("limit", 2).get(AUTHORITIES).then()
                .statusCode(200)
                .header("Link", endsWith("rel=\"next\""))
                .body("items.size()", equalTo(2))
                .body("nextCursor", not(nullValue()));

        List<String> walked = Pages.walk(admin, AUTHORITIES, Map.of("limit", "2"), "items.code");
        assertEquals(walked.size(), new HashSet<>(walked).size(), "listed twice: " + walked);
        List<String> sorted = new ArrayList<>(walked);
        sorted.sort(null);
        assertEquals(sorted, walked);
        assertTrue(walked.containsAll(mine) && walked.containsAll(List.of("PA05", "A05", "PDP", "SKHCN",
                "RESPONSE-TEAM")), "walked: " + walked);
        assertEquals(Sql.count(db, "select count(*) from authority"), walked.size());
    }

    @Test
    void theActiveFilterSeparatesDeactivatedAuthorities() {
        String inactive = Fixtures.uniqueCode("CA");
        Map<String, Object> body = authority(inactive);
        body.put("active", false);
        Api.as(Tokens.admin()).body(body).post(AUTHORITIES).then().statusCode(201);
        String active = register();
        String reporter = Tokens.reporter(Fixtures.commune());

        List<String> inactiveOnes = Pages.walk(reporter, AUTHORITIES, Map.of("active", "false"), "items.code");
        List<String> activeOnes = Pages.walk(reporter, AUTHORITIES, Map.of("active", "true"), "items.code");
        assertTrue(inactiveOnes.contains(inactive) && !inactiveOnes.contains(active), "inactive: " + inactiveOnes);
        assertTrue(activeOnes.contains(active) && !activeOnes.contains(inactive), "active: " + activeOnes);
        problem(Api.as(reporter).queryParam("active", "maybe").get(AUTHORITIES), 400, "validation")
                .body("errors.field", hasItem("active"));
    }

    // ----------------------------------------------------------------

    /** A district police office with an e-mail address and a duty phone, as a map a test may change. */
    private static Map<String, Object> authority(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Công an huyện " + code);
        body.put("channels", List.of(
                Map.of("type", "EMAIL", "value", "doi-anm@congan.thanhhoa.gov.vn"),
                Map.of("type", "PHONE", "value", "0237 3852 113", "note", "Trực ban 24/7")));
        return body;
    }

    private static String register() {
        String code = Fixtures.uniqueCode("CA");
        Api.as(Tokens.admin()).body(authority(code)).post(AUTHORITIES).then().statusCode(201);
        return code;
    }

    private long rows(String code) {
        return Sql.count(db, "select count(*) from authority where code = ?", code);
    }
}
