package vn.ungcuu.preparedness;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Pages;
import vn.ungcuu.support.Problems;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/**
 * The preparedness registers over HTTP: drills, trainings and checks of equipment recorded, refused field by
 * field, listed with filters and pages, read within the caller's scope, with their files, and counted in the
 * summary report. The report's test moves the clock to 2018, a year no other test records in.
 */
@QuarkusTest
class PreparednessTest {

    private static final String RECORDS = "/api/v1/preparedness";

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    static Map<String, Object> drill(String unit, String heldOn, String scope, List<String> others) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "DRILL", "unitCode", unit,
                "title", "Diễn tập ứng cứu sự cố mã độc tống tiền", "heldOn", heldOn, "drillScope", scope,
                "scenario", "Máy chủ một cửa điện tử bị mã hóa dữ liệu, yêu cầu tiền chuộc"));
        body.put("participatingUnits", others);
        body.put("findings", "Sao lưu ngoại tuyến chưa được kiểm tra khôi phục định kỳ");
        return body;
    }

    static Map<String, Object> training(String unit, String heldOn, int people, List<Map<String, Object>> certificates) {
        return Map.of("kind", "TRAINING", "unitCode", unit, "title", "Lớp bồi dưỡng an ninh mạng cấp xã",
                "heldOn", heldOn, "course", "Bồi dưỡng kỹ năng ứng cứu sự cố an ninh mạng", "participants", people,
                "certificates", certificates);
    }

    static Map<String, Object> check(String unit, String heldOn, String result) {
        return Map.of("kind", "EQUIPMENT_CHECK", "unitCode", unit, "title", "Kiểm tra tường lửa trước khi sử dụng",
                "heldOn", heldOn, "equipment", "Tường lửa mới cho mạng nội bộ UBND xã", "result", result);
    }

    static Map<String, Object> certificate(String holder, String systemId) {
        Map<String, Object> certificate = new HashMap<>(Map.of("holderName", holder,
                "certificateNumber", Fixtures.uniqueCode("CC")));
        certificate.put("systemId", systemId);
        return certificate;
    }

    private static String record(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post(RECORDS).then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification withFile(RequestSpecification request, byte[] bytes, String name) {
        return request.contentType("multipart/form-data")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart(new MultiPartSpecBuilder(bytes).controlName("file").fileName(name)
                        .mimeType("text/plain").build());
    }

    @Test
    void theSixMonthlyReportCountsWhatWasHeldInItsHalfYear() {
        MovableTimeSource.setTo(Instant.parse("2018-12-20T03:00:00Z"));
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String neighbour = Fixtures.commune();
        String level4 = Fixtures.system(unit, 4);
        String level3 = Fixtures.system(unit, 3);
        String level2 = Fixtures.system(unit, 2);
        record(coordinator, drill(unit, "2018-01-01", "OWN", List.of(neighbour)));
        record(coordinator, drill(unit, "2018-03-15", "NATIONAL", List.of()));
        record(coordinator, drill(neighbour, "2018-06-30", "OWN", List.of(unit)));
        record(coordinator, training(unit, "2018-04-02", 24, List.of(certificate("Lê Thị Hoa", level4),
                certificate("Trần Văn Nam", level3), certificate("Phạm Minh Đức", level2),
                certificate("Hoàng Thị Lan", null))));
        record(coordinator, training(neighbour, "2018-05-20", 11, List.of()));
        record(coordinator, check(unit, "2018-02-01", "PASSED"));
        record(coordinator, check(unit, "2018-02-02", "PASSED_WITH_REMARKS"));
        record(coordinator, check(neighbour, "2018-06-01", "FAILED"));
        // the first day of the second half, and the last day of the year before: not in 2018-H1
        record(coordinator, drill(unit, "2018-07-01", "NATIONAL", List.of()));
        record(coordinator, check(unit, "2017-12-31", "FAILED"));

        Response h1 = Api.as(Tokens.auditor()).queryParam("period", "2018-H1").get("/api/v1/reports/summary");
        h1.then().statusCode(200)
                .body("preparedness.drills.total", equalTo(3))
                .body("preparedness.drills.own", equalTo(2))
                .body("preparedness.drills.national", equalTo(1))
                .body("preparedness.trainings.total", equalTo(2))
                .body("preparedness.trainings.participants", equalTo(35))
                .body("preparedness.trainings.certificates", equalTo(4))
                .body("preparedness.trainings.certificatesLevel3To5", equalTo(2))
                .body("preparedness.equipmentChecks.total", equalTo(3))
                .body("preparedness.equipmentChecks.passed", equalTo(1))
                .body("preparedness.equipmentChecks.passedWithRemarks", equalTo(1))
                .body("preparedness.equipmentChecks.failed", equalTo(1));
        assertEquals(8, Sql.count(db, "select count(*) from preparedness_record where unit_code in (?, ?)"
                + " and held_on between '2018-01-01' and '2018-06-30'", unit, neighbour));

        Api.as(Tokens.coordinator()).queryParam("period", "2018").get("/api/v1/reports/summary").then()
                .statusCode(200)
                .body("preparedness.drills.total", equalTo(4))
                .body("preparedness.drills.national", equalTo(2))
                .body("preparedness.equipmentChecks.failed", equalTo(1));

        String csv = Api.as(Tokens.auditor()).accept("text/csv").queryParam("format", "csv")
                .queryParam("period", "2018-H1").get("/api/v1/reports/summary/export").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("preparedness.trainings,certificatesLevel3To5,2\r\n"),
                csv);
    }

    @Test
    void recordsAreListedByKindUnitAndDayInPagesAndAReporterSeesItsOwnUnitOnly() {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        String other = Fixtures.commune();
        String first = record(coordinator, drill(unit, "2025-03-01", "OWN", List.of()));
        String second = record(coordinator, training(unit, "2025-04-01", 5, List.of()));
        String third = record(Tokens.reporter(unit), check(unit, "2025-05-01", "PASSED"));
        String fourth = record(coordinator, drill(unit, "2025-06-01", "NATIONAL", List.of(other)));
        String elsewhere = record(coordinator, drill(other, "2025-06-01", "OWN", List.of(unit)));

        // newest first, walked two at a time
        List<String> all = Pages.walk(coordinator, RECORDS, Map.of("unitCode", unit, "limit", "2"), "items.id");
        assertEquals(List.of(fourth, third, second, first), all);
        Api.as(Tokens.auditor()).queryParam("unitCode", unit).queryParam("kind", "DRILL").get(RECORDS).then()
                .statusCode(200).body("items.id", contains(fourth, first));
        Api.as(Tokens.admin()).queryParam("unitCode", unit).queryParam("heldFrom", "2025-04-01")
                .queryParam("heldTo", "2025-05-01").get(RECORDS).then()
                .statusCode(200).body("items.id", contains(third, second));

        // the unit's reporter: its own unit's records, whatever it asks for
        String reporter = Tokens.reporter(unit);
        List<String> seen = Pages.walk(reporter, RECORDS, Map.of("heldFrom", "2025-03-01", "heldTo", "2025-06-30"),
                "items.id");
        assertEquals(List.of(fourth, third, second, first), seen);
        Api.as(reporter).queryParam("unitCode", other).get(RECORDS).then().statusCode(200).body("items", empty());
        Api.as(reporter).get(RECORDS + "/" + first).then().statusCode(200)
                .body("kind", equalTo("DRILL")).body("drillScope", equalTo("OWN")).body("course", nullValue())
                .body("participatingUnits", empty()).body("certificates", empty());
        Problems.problem(Api.as(reporter).get(RECORDS + "/" + elsewhere), 404, "not-found");
        Api.as(Tokens.reporter(other)).get(RECORDS + "/" + elsewhere).then().statusCode(200)
                .body("participatingUnits", contains(unit));

        Problems.problem(Api.as(coordinator).queryParam("kind", "EXERCISE").get(RECORDS), 400, "validation")
                .body("errors.field", contains("kind"));
        Problems.problem(Api.as(coordinator).queryParam("heldFrom", "01/07/2025").get(RECORDS), 400, "validation")
                .body("errors.field", contains("heldFrom"));
    }

    @Test
    void aRecordIsAuditedAndKeepsTheLevelOfTheSystemACertificateNames() {
        String unit = Fixtures.commune();
        String level4 = Fixtures.system(unit, 4);
        String id = record(Tokens.admin(), training(unit, "2025-10-10", 3,
                List.of(certificate("Lê Thị Hoa", level4), certificate("Trần Văn Nam", null))));
        Api.as(Tokens.coordinator()).get(RECORDS + "/" + id).then().statusCode(200)
                .body("participants", equalTo(3))
                .body("certificates.holderName", contains("Lê Thị Hoa", "Trần Văn Nam"))
                .body("certificates.systemLevel", contains(4, null))
                .body("drillScope", nullValue());
        assertEquals(1, AuditEntries.countWithChanges(db, "PREPAREDNESS_RECORD", id, "CREATE",
                "[{\"field\": \"kind\", \"to\": \"TRAINING\"}, {\"field\": \"participants\", \"to\": 3}]"));
    }

    @Test
    void aRecordWithFieldsOfAnotherKindMissingOrUnknownIsRefusedNamingEachAndWritesNothing() {
        String unit = Fixtures.commune();
        MovableTimeSource.setTo(Instant.parse("2026-03-01T03:00:00Z"));
        Map<String, Object> body = new HashMap<>(Map.of("kind", "DRILL", "unitCode", unit, "title", "Diễn tập",
                "heldOn", "2026-03-02", "course", "Bồi dưỡng", "result", "PASSED"));
        body.put("participatingUnits", List.of("XA-KHONGCO-" + unit.substring(3)));
        Problems.problem(Api.as(Tokens.coordinator()).body(body).post(RECORDS), 400, "validation")
                .body("errors.field", containsInAnyOrder("heldOn", "drillScope", "scenario", "course", "result",
                        "participatingUnits[0]"));
        Problems.problem(Api.as(Tokens.coordinator()).body(Map.of("kind", "TRAINING", "unitCode", "XA-KHONGCO",
                "title", "Lớp học", "heldOn", "2026-02-01", "course", "An ninh mạng", "participants", 4,
                "certificates", List.of(certificate("Lê Thị Hoa", "0195f3a2-0000-7000-8000-000000000000"))))
                .post(RECORDS), 400, "validation")
                .body("errors.field", containsInAnyOrder("unitCode", "certificates[0].systemId"));
        // an unknown field is the strict reader's 400 like everywhere (HostileInputIT found a 500 here: the files'
        // multipart error mapper sat on this resource and caught the JSON reader's error)
        Map<String, Object> typo = new HashMap<>(body);
        typo.put("unexpected_drillScope", "OWN");
        Problems.problem(Api.as(Tokens.coordinator()).body(typo).post(RECORDS), 400, "validation")
                .body("errors.field", equalTo(List.of("unexpected_drillScope")));
        assertEquals(0, Sql.count(db, "select count(*) from preparedness_record where unit_code = ?", unit));
    }

    @Test
    void aReporterRecordsForItsOwnUnitOnly() {
        String unit = Fixtures.commune();
        String other = Fixtures.commune();
        Problems.problem(Api.as(Tokens.reporter(other)).body(check(unit, "2025-01-05", "PASSED")).post(RECORDS),
                403, "forbidden");
        Problems.problem(Api.as(Tokens.auditor()).body(check(unit, "2025-01-05", "PASSED")).post(RECORDS),
                403, "forbidden");
        // a second role the operation does not allow does not widen a reporter's unit
        String reporterAndResponder = Tokens.token("hai-vai", List.of(Roles.REPORTER, Roles.RESPONDER), other);
        Problems.problem(Api.as(reporterAndResponder).body(check(unit, "2025-01-05", "PASSED")).post(RECORDS),
                403, "forbidden");
        record(Tokens.coordinator(), check(unit, "2025-01-05", "PASSED"));
        Api.as(reporterAndResponder).queryParam("unitCode", unit).get(RECORDS).then().statusCode(200)
                .body("items.size()", equalTo(0));
        // another unit's system is as unknown as none: neither its level nor its existence shows
        String elsewhere = Fixtures.system(other, 4);
        Map<String, Object> training = new HashMap<>(Map.of("kind", "TRAINING", "unitCode", unit, "title", "Lớp học",
                "heldOn", "2025-01-06", "course", "An ninh mạng", "participants", 4,
                "certificates", List.of(Map.of("holderName", "Lê Thị Hoa", "systemId", elsewhere))));
        Problems.problem(Api.as(Tokens.coordinator()).body(training).post(RECORDS), 400, "validation")
                .body("errors.field", equalTo(List.of("certificates[0].systemId")));
        assertEquals(1, Sql.count(db, "select count(*) from preparedness_record where unit_code = ?", unit));
    }

    @Test
    void filesAreKeptByteForByteReadUnderTheRecordsRuleAndAudited() throws Exception {
        String unit = Fixtures.commune();
        String id = record(Tokens.coordinator(), drill(unit, "2025-08-08", "OWN", List.of()));
        byte[] minutes = "Biên bản diễn tập: 08/08/2025, 14 người tham gia\n".getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(minutes));

        Response attached = withFile(Api.as(Tokens.reporter(unit)), minutes, "biên-bản.txt")
                .post(RECORDS + "/" + id + "/attachments");
        attached.then().statusCode(201).body("sha256", equalTo(sha256)).body("size", equalTo(minutes.length))
                .body("filename", equalTo("biên-bản.txt"));
        String file = attached.path("id");

        Api.as(Tokens.auditor()).get(RECORDS + "/" + id + "/attachments").then().statusCode(200)
                .body("items.id", contains(file));
        byte[] downloaded = Api.as(Tokens.auditor()).accept("*/*").get(RECORDS + "/" + id + "/attachments/" + file)
                .then().statusCode(200).header("ETag", equalTo("\"" + sha256 + "\"")).extract().asByteArray();
        assertArrayEquals(minutes, downloaded);
        assertEquals(1, AuditEntries.countWithChanges(db, "PREPAREDNESS_RECORD", id, "ATTACH",
                "[{\"field\": \"attachment.sha256\", \"to\": \"" + sha256 + "\"}]"));

        String stranger = Tokens.reporter(Fixtures.commune());
        Problems.problem(Api.as(stranger).get(RECORDS + "/" + id + "/attachments"), 404, "not-found");
        Problems.problem(Api.as(stranger).accept("*/*").get(RECORDS + "/" + id + "/attachments/" + file), 404,
                "not-found");
        Problems.problem(withFile(Api.as(stranger), minutes, "x.txt").post(RECORDS + "/" + id + "/attachments"),
                404, "not-found");
        Problems.problem(Api.as(Tokens.coordinator()).accept("*/*").get(RECORDS + "/" + id + "/attachments/"
                + "0195f3a2-0000-7000-8000-000000000000"), 404, "not-found");
        assertEquals(1, Sql.count(db, "select count(*) from preparedness_attachment where record_id = ?::uuid", id));
    }
}
