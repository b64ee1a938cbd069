package vn.ungcuu.unit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Pages;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** The information-system register of Decree 331/2026: its fields, and the warnings at exactly their thresholds. */
@QuarkusTest
class SystemRegisterTest {

    private static final String SYSTEMS = "/api/v1/systems";

    @Inject
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void theRegisterFieldsAreStoredAnsweredAndAudited() {
        String unit = Fixtures.commune();
        Map<String, Object> body = system(unit, "Hệ thống một cửa điện tử xã", 3);
        body.put("levelCriterion", "Điều 13 khoản 1 điểm a");
        body.put("owner", "UBND xã Minh Sơn");
        body.put("operator", "Văn phòng HĐND và UBND xã Minh Sơn");
        body.put("securityUnit", "Công an tỉnh Thanh Hóa (PA05)");
        body.put("approvalStatus", "APPROVED");
        body.put("approvalDecisionNumber", "125/QĐ-UBND");
        body.put("approvalDecisionDate", "2026-08-20");
        body.put("securityRegulation", true);
        body.put("securityPlanStatus", "PARTIAL");
        body.put("checks", List.of(
                Map.of("kind", "BEFORE_USE", "date", "2026-08-01", "result", "PASSED", "note", "Đạt yêu cầu"),
                Map.of("kind", "PERIODIC", "date", "2026-11-10", "result", "PASSED_WITH_FINDINGS")));
        body.put("handlesAdministrativeProcedures", true);
        body.put("basicDataSubjects", 42000);
        body.put("sensitiveDataSubjects", 15);

        String id = Api.as(Tokens.admin()).body(body).post(SYSTEMS).then().statusCode(201)
                .body("levelCriterion", equalTo("Điều 13 khoản 1 điểm a"))
                .body("owner", equalTo("UBND xã Minh Sơn"))
                .body("operator", equalTo("Văn phòng HĐND và UBND xã Minh Sơn"))
                .body("securityUnit", equalTo("Công an tỉnh Thanh Hóa (PA05)"))
                .body("approvalStatus", equalTo("APPROVED"))
                .body("approvalStatusLabel", equalTo("Đã phê duyệt cấp độ"))
                .body("approvalDecisionNumber", equalTo("125/QĐ-UBND"))
                .body("approvalDecisionDate", equalTo("2026-08-20"))
                .body("securityRegulation", equalTo(true))
                .body("securityPlanStatus", equalTo("PARTIAL"))
                .body("checks.kind", equalTo(List.of("BEFORE_USE", "PERIODIC")))
                .body("checks[1].date", equalTo("2026-11-10"))
                .body("checks[0].note", equalTo("Đạt yêu cầu"))
                .body("handlesAdministrativeProcedures", equalTo(true))
                .body("basicDataSubjects", equalTo(42000))
                .body("sensitiveDataSubjects", equalTo(15))
                .body("warnings", hasSize(0))
                .extract().path("id");
        assertEquals(2, Sql.count(dataSource, "select count(*) from information_system_check where system_id = ?::uuid",
                id));
        assertEquals(1, AuditEntries.countWithChanges(dataSource, "SYSTEM", id, "CREATE",
                "[{\"field\": \"approvalStatus\", \"from\": null, \"to\": \"APPROVED\"},"
                        + " {\"field\": \"basicDataSubjects\", \"from\": null, \"to\": 42000}]"));

        // a client written before the register replaces the Decree 85 fields and erases nothing of the register
        Api.as(Tokens.coordinator()).header("If-Match", "\"0\"").body(system(unit, "Hệ thống một cửa", 3))
                .put(SYSTEMS + "/" + id).then().statusCode(200)
                .body("name", equalTo("Hệ thống một cửa"))
                .body("approvalStatus", equalTo("APPROVED"))
                .body("checks", hasSize(2))
                .body("basicDataSubjects", equalTo(42000));

        // an empty text clears a text, an empty list the checks
        Map<String, Object> clearing = system(unit, "Hệ thống một cửa", 3);
        clearing.put("approvalDecisionNumber", "");
        clearing.put("checks", List.of());
        Api.as(Tokens.coordinator()).body(clearing).put(SYSTEMS + "/" + id).then().statusCode(200)
                .body("approvalDecisionNumber", equalTo(null))
                .body("checks", hasSize(0));
        assertEquals(0, Sql.count(dataSource, "select count(*) from information_system_check where system_id = ?::uuid",
                id));
        assertEquals(1, AuditEntries.countWithChanges(dataSource, "SYSTEM", id, "UPDATE",
                "[{\"field\": \"approvalDecisionNumber\", \"from\": \"125/QĐ-UBND\", \"to\": null}]"));
    }

    @Test
    void aSystemWithoutTheRegisterFieldsGetsTheirDefaults() {
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body(system(unit, "Cổng thông tin điện tử xã", 2)).post(SYSTEMS).then()
                .statusCode(201)
                .body("approvalStatus", equalTo(null))
                .body("approvalStatusLabel", equalTo(null))
                .body("securityRegulation", equalTo(false))
                .body("securityPlanStatus", equalTo("NOT_STARTED"))
                .body("checks", hasSize(0))
                .body("handlesAdministrativeProcedures", equalTo(false))
                .body("basicDataSubjects", equalTo(0))
                .body("sensitiveDataSubjects", equalTo(0))
                .body("warnings", hasSize(0));
    }

    @Test
    void invalidRegisterFieldsAreEachNamed() {
        String unit = Fixtures.commune();
        Map<String, Object> body = system(unit, "Hệ thống", 2);
        body.put("basicDataSubjects", -1);
        body.put("owner", "x".repeat(201));
        body.put("checks", List.of(Map.of("kind", "BEFORE_USE", "result", "PASSED")));
        problem(Api.as(Tokens.admin()).body(body).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("basicDataSubjects", "checks.date[0]", "owner")));

        Map<String, Object> unknownStatus = system(unit, "Hệ thống", 2);
        unknownStatus.put("approvalStatus", "REJECTED");
        problem(Api.as(Tokens.admin()).body(unknownStatus).post(SYSTEMS), 400, "validation")
                .body("errors.field", equalTo(List.of("approvalStatus")));
        assertEquals(0, Sql.count(dataSource, "select count(*) from information_system where unit_code = ?", unit));
    }

    @Test
    void theLevel3WarningsFireAtExactlyTheirThresholds() {
        String unit = Fixtures.commune();
        String quiet = register(unit, "Dưới ngưỡng", 2, Map.of("basicDataSubjects", 99_999,
                "sensitiveDataSubjects", 9_999, "handlesAdministrativeProcedures", false));
        String basic = register(unit, "Đủ ngưỡng cơ bản", 2, Map.of("basicDataSubjects", 100_000));
        String sensitive = register(unit, "Đủ ngưỡng nhạy cảm", 2, Map.of("sensitiveDataSubjects", 10_000));
        String procedures = register(unit, "Một cửa điện tử", 2, Map.of("handlesAdministrativeProcedures", true));
        String all = register(unit, "Cả ba", 1, Map.of("basicDataSubjects", 100_000,
                "sensitiveDataSubjects", 10_000, "handlesAdministrativeProcedures", true));
        String atLevel3 = register(unit, "Cấp độ 3", 3, Map.of("basicDataSubjects", 5_000_000,
                "sensitiveDataSubjects", 10_000, "handlesAdministrativeProcedures", true));

        assertEquals(List.of(), warnings(quiet));
        assertEquals(List.of("LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS"), warnings(basic));
        assertEquals(List.of("LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS"), warnings(sensitive));
        assertEquals(List.of("LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES"), warnings(procedures));
        assertEquals(List.of("LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES", "LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS",
                "LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS"), warnings(all));
        assertEquals(List.of(), warnings(atLevel3));
        Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + procedures).then()
                .body("warnings[0].message", equalTo(
                        "Hệ thống giải quyết thủ tục hành chính phải được xác định từ cấp độ 3 trở lên"))
                .body("warnings[0].legalBasis", equalTo(SystemRules.LEVEL_BASIS));

        assertEquals(List.of(basic, all), filtered(unit, "LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS"));
        assertEquals(List.of(sensitive, all), filtered(unit, "LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS"));
        assertEquals(List.of(procedures, all), filtered(unit, "LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES"));
        assertEquals(List.of(basic, sensitive, procedures, all), filtered(unit,
                "LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS,LEVEL_3_REQUIRED_SENSITIVE_DATA_SUBJECTS",
                "LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES"));

        // raised to level 3, the system is no longer flagged
        Api.as(Tokens.coordinator()).body(system(unit, "Đủ ngưỡng cơ bản", 3)).put(SYSTEMS + "/" + basic).then()
                .statusCode(200).body("warnings", hasSize(0));
        assertEquals(List.of(all), filtered(unit, "LEVEL_3_REQUIRED_BASIC_DATA_SUBJECTS"));
    }

    @Test
    void aDecree85ApprovalExpiresUntilThe2027TransitionDateAndHasLapsedFromIt() {
        String unit = Fixtures.commune();
        String legacy = register(unit, "Phê duyệt theo NĐ 85", 3, Map.of("levelDossier", "APPROVED"));
        String approvedBefore = register(unit, "Phê duyệt trước 01/07/2026", 3, Map.of("approvalStatus", "APPROVED",
                "approvalDecisionDate", "2026-06-30"));
        String reapproved = register(unit, "Phê duyệt lại theo NĐ 331", 3, Map.of("levelDossier", "APPROVED",
                "approvalStatus", "APPROVED", "approvalDecisionDate", "2026-07-01"));
        String inAppraisal = register(unit, "Đang thẩm định", 3, Map.of("levelDossier", "APPROVED",
                "approvalStatus", "APPRAISED"));
        String never = register(unit, "Chưa phê duyệt", 3, Map.of());

        // 23:59 on 30/06/2027 in Hanoi: still in the transition
        MovableTimeSource.setTo(Instant.parse("2027-06-30T16:59:00Z"));
        for (String id : List.of(legacy, approvedBefore, inAppraisal)) {
            assertEquals(List.of("DECREE_85_APPROVAL_EXPIRES"), warnings(id));
        }
        assertEquals(List.of(), warnings(reapproved));
        assertEquals(List.of(), warnings(never));
        assertEquals(List.of(legacy, approvedBefore, inAppraisal), filtered(unit, "DECREE_85_APPROVAL_EXPIRES"));
        assertEquals(List.of(), filtered(unit, "DECREE_85_APPROVAL_LAPSED"));

        // 00:00 on 01/07/2027 in Hanoi: lapsed
        MovableTimeSource.setTo(Instant.parse("2027-06-30T17:00:00Z"));
        for (String id : List.of(legacy, approvedBefore, inAppraisal)) {
            assertEquals(List.of("DECREE_85_APPROVAL_LAPSED"), warnings(id));
        }
        assertEquals(List.of(), warnings(reapproved));
        assertEquals(List.of(legacy, approvedBefore, inAppraisal), filtered(unit, "DECREE_85_APPROVAL_LAPSED"));
        assertEquals(List.of(), filtered(unit, "DECREE_85_APPROVAL_EXPIRES"));
        Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + legacy).then()
                .body("warnings[0].legalBasis", equalTo("Luật An ninh mạng 116/2025/QH15, Điều 45 khoản 1"));
    }

    @Test
    void anUnknownWarningIs400() {
        problem(Api.as(Tokens.coordinator()).queryParam("warning", "LEVEL_4_REQUIRED").get(SYSTEMS), 400,
                "validation").body("errors.field", equalTo(List.of("warning")));
    }

    @Test
    void aReporterFiltersItsOwnUnitsSystemsOnly() {
        String own = Fixtures.commune();
        String other = Fixtures.commune();
        String mine = register(own, "Một cửa", 2, Map.of("handlesAdministrativeProcedures", true));
        register(other, "Một cửa", 2, Map.of("handlesAdministrativeProcedures", true));
        assertEquals(List.of(mine), Pages.walk(Tokens.reporter(own), SYSTEMS,
                Map.of("warning", "LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES"), "items.id"));
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> system(String unit, String name, int level) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("name", name);
        body.put("securityLevel", level);
        return body;
    }

    private static String register(String unit, String name, int level, Map<String, Object> fields) {
        Map<String, Object> body = system(unit, name, level);
        body.putAll(fields);
        return Api.as(Tokens.admin()).body(body).post(SYSTEMS).then().statusCode(201).extract().path("id");
    }

    private static List<String> warnings(String id) {
        Response answer = Api.as(Tokens.coordinator()).get(SYSTEMS + "/" + id);
        answer.then().statusCode(200);
        return answer.jsonPath().getList("warnings.code", String.class);
    }

    private static List<String> filtered(String unit, String... warnings) {
        Map<String, String> query = new HashMap<>();
        query.put("unitCode", unit);
        query.put("limit", "2");
        query.put("warning", String.join(",", warnings));
        return Pages.walk(Tokens.coordinator(), SYSTEMS, query, "items.id");
    }
}
