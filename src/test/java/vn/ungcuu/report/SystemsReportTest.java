package vn.ungcuu.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Tokens;

/**
 * {@code GET /reports/systems?year=}: Decree 331/2026 Form 08. Other tests register systems in the same database,
 * so the report is read before and after this test registers its own (on a clock moved to a year of its own), and
 * the difference must equal what the test counts over its own systems.
 */
@QuarkusTest
class SystemsReportTest {

    private static final String REPORT = "/api/v1/reports/systems";
    private static final int YEAR = 2033;

    /** A system the test registers: level, approval (null: none), regulation, plan, and its checks. */
    private record Spec(int level, String approval, boolean regulation, String plan, List<Check> checks) {
    }

    private record Check(String kind, String date, String result) {
    }

    private static final List<Spec> SYSTEMS = List.of(
            new Spec(3, "APPROVED", true, "COMPLETE", List.of(
                    new Check("BEFORE_USE", "2032-12-14", "PASSED"),
                    new Check("PERIODIC", "2032-12-15", "PASSED"))),
            new Spec(3, "SUBMITTED", false, "PARTIAL", List.of(
                    new Check("PERIODIC", "2033-12-14", "FAILED"),
                    new Check("PERIODIC", "2033-12-15", "PASSED"))),
            new Spec(1, null, false, null, List.of()),
            new Spec(5, "APPRAISED", true, "NOT_STARTED", List.of(
                    new Check("BEFORE_USE", "2033-03-02", "PASSED_WITH_FINDINGS"))),
            new Spec(2, "DRAFTING", false, "PARTIAL", List.of()));

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void theFiguresAreTheCountOfTheSystemsRegisteredAndTheirChecksInThePeriod() {
        MovableTimeSource.setTo(Instant.parse("2033-06-01T03:00:00Z"));
        JsonPath before = report(YEAR);
        JsonPath yearBefore = report(YEAR - 1);
        String unit = Fixtures.commune();
        for (Spec spec : SYSTEMS) {
            register(unit, spec);
        }
        JsonPath after = report(YEAR);

        assertEquals(SYSTEMS.size(), delta(before, after, "systems"));
        for (int level = 1; level <= 5; level++) {
            int l = level;
            assertEquals(SYSTEMS.stream().filter(s -> s.level() == l).count(),
                    delta(before, after, "byLevel.'" + level + "'"), "level " + level);
            for (String status : List.of("DRAFTING", "SUBMITTED", "APPRAISED", "APPROVED", "NONE")) {
                assertEquals(SYSTEMS.stream().filter(s -> s.level() == l && status.equals(approval(s))).count(),
                        delta(before, after, "byLevelAndApprovalStatus.'" + level + "'." + status),
                        "level " + level + " " + status);
            }
        }
        for (String status : List.of("DRAFTING", "SUBMITTED", "APPRAISED", "APPROVED", "NONE")) {
            assertEquals(SYSTEMS.stream().filter(s -> status.equals(approval(s))).count(),
                    delta(before, after, "byApprovalStatus." + status), status);
        }
        assertEquals(SYSTEMS.stream().filter(Spec::regulation).count(),
                delta(before, after, "withSecurityRegulation"));
        for (String plan : List.of("NOT_STARTED", "PARTIAL", "COMPLETE")) {
            assertEquals(SYSTEMS.stream().filter(s -> plan.equals(s.plan() == null ? "NOT_STARTED" : s.plan()))
                    .count(), delta(before, after, "bySecurityPlanStatus." + plan), plan);
        }

        // the data period is 15/12/2032 to 14/12/2033, both days included
        LocalDate start = LocalDate.of(YEAR - 1, 12, 15);
        LocalDate end = LocalDate.of(YEAR, 12, 14);
        List<Check> inPeriod = SYSTEMS.stream().flatMap(s -> s.checks().stream())
                .filter(c -> !LocalDate.parse(c.date()).isBefore(start) && !LocalDate.parse(c.date()).isAfter(end))
                .toList();
        assertEquals(3, inPeriod.size(), "the test's own arithmetic");
        assertEquals(inPeriod.size(), delta(before, after, "checks.total"));
        assertEquals(SYSTEMS.stream().filter(s -> s.checks().stream().anyMatch(inPeriod::contains)).count(),
                delta(before, after, "checks.systemsChecked"));
        for (String kind : List.of("BEFORE_USE", "PERIODIC")) {
            assertEquals(inPeriod.stream().filter(c -> c.kind().equals(kind)).count(),
                    delta(before, after, "checks.byKind." + kind), kind);
        }
        for (String result : List.of("PASSED", "PASSED_WITH_FINDINGS", "FAILED")) {
            assertEquals(inPeriod.stream().filter(c -> c.result().equals(result)).count(),
                    delta(before, after, "checks.byResult." + result), result);
        }

        // registered after the end of the year before: not in its report
        JsonPath yearAfter = report(YEAR - 1);
        assertEquals(0, delta(yearBefore, yearAfter, "systems"));
        assertEquals(0, delta(yearBefore, yearAfter, "checks.total"));
    }

    @Test
    void thePeriodAndTheDueDatesAreThoseOfForm08() {
        Api.as(Tokens.auditor()).queryParam("year", "2026").get(REPORT).then()
                .statusCode(200)
                .body("year", equalTo(2026))
                .body("periodStart", equalTo("2025-12-15"))
                .body("periodEnd", equalTo("2026-12-14"))
                .body("from", equalTo("2025-12-14T17:00:00Z"))
                .body("to", equalTo("2026-12-14T17:00:00Z"))
                .body("timeZone", equalTo("Asia/Ho_Chi_Minh"))
                .body("ownerDueDate", equalTo("2026-12-20"))
                .body("ministryDueDate", equalTo("2026-12-25"))
                .body("legalBasis", equalTo("Nghị định 331/2026/NĐ-CP, Mẫu số 08"))
                .body("approvalStatusLabels.APPROVED", equalTo("Đã phê duyệt cấp độ"));
    }

    @Test
    void theCsvHoldsTheSameFigures() {
        JsonPath json = report(2026);
        String csv = Api.as(Tokens.coordinator()).accept("text/csv").queryParam("format", "csv")
                .queryParam("year", "2026").get(REPORT + "/export").then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"systems-2026.csv\""))
                .extract().asString();
        assertTrue(csv.startsWith("section,key,value\r\nreport,year,2026\r\n"), csv);
        assertTrue(csv.contains("\r\nreport,ministryDueDate,2026-12-25\r\n"), csv);
        assertTrue(csv.contains("\r\nreport,systems," + json.getLong("systems") + "\r\n"), csv);
        assertTrue(csv.contains("\r\nbyLevelAndApprovalStatus.3,APPROVED,"
                + json.getLong("byLevelAndApprovalStatus.'3'.APPROVED") + "\r\n"), csv);
        assertTrue(csv.contains("\r\nchecks.byKind,PERIODIC," + json.getLong("checks.byKind.PERIODIC") + "\r\n"), csv);
    }

    @Test
    void aMissingOrMalformedYearOrFormatIs400AndOtherRolesAre403() {
        problem(Api.as(Tokens.admin()).get(REPORT), 400, "validation")
                .body("errors.field", equalTo(List.of("year")));
        problem(Api.as(Tokens.admin()).queryParam("year", "26").get(REPORT), 400, "validation")
                .body("errors.field", equalTo(List.of("year")));
        problem(Api.as(Tokens.admin()).accept("text/csv").queryParam("year", "2026").queryParam("format", "xlsx")
                .get(REPORT + "/export"), 400, "validation").body("errors.field", equalTo(List.of("format")));
        String unit = Fixtures.commune();
        problem(Api.as(Tokens.reporter(unit)).queryParam("year", "2026").get(REPORT), 403, "forbidden");
        problem(Api.as(Tokens.responder("resp-1")).queryParam("year", "2026").get(REPORT), 403, "forbidden");
    }

    private static String approval(Spec spec) {
        return spec.approval() == null ? "NONE" : spec.approval();
    }

    private static JsonPath report(int year) {
        return Api.as(Tokens.coordinator()).queryParam("year", year).get(REPORT).then().statusCode(200)
                .extract().jsonPath();
    }

    private static long delta(JsonPath before, JsonPath after, String path) {
        return after.getLong(path) - before.getLong(path);
    }

    private static void register(String unit, Spec spec) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("name", "Hệ thống cấp " + spec.level() + " " + spec.approval());
        body.put("securityLevel", spec.level());
        if (spec.approval() != null) {
            body.put("approvalStatus", spec.approval());
        }
        body.put("securityRegulation", spec.regulation());
        if (spec.plan() != null) {
            body.put("securityPlanStatus", spec.plan());
        }
        body.put("checks", spec.checks().stream()
                .map(c -> Map.of("kind", c.kind(), "date", c.date(), "result", c.result())).toList());
        Api.as(Tokens.admin()).body(body).post("/api/v1/systems").then().statusCode(201);
    }
}
