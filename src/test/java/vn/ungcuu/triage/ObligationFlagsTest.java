package vn.ungcuu.triage;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Under vn-2026 each answer starts exactly the clocks its rule names, with the due time the regime gives from
 * detection: the assessment's flags (Decree 331/2026, Art. 31.2.d) and the personal-data record (Law 91/2025).
 */
@QuarkusTest
class ObligationFlagsTest {

    static final String DETECTED = "2026-07-02T01:00:00Z";
    /** Twenty minutes after detection: an immediate notice (1 h allowance) is not yet late. */
    static final Instant NOW = Instant.parse("2026-07-02T01:20:00Z");

    private final String coordinator = Tokens.coordinator();

    @BeforeEach
    void clock() {
        MovableTimeSource.setTo(NOW);
    }

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    private static String incident(Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("detectedAt", DETECTED);
        return Fixtures.incidentFiledBy(Reporter.ofNewCommune().token(), "Cổng dịch vụ công xã ngừng hoạt động", body);
    }

    private JsonPath assessed(String id, Map<String, ?> flags) {
        Map<String, Object> body = new HashMap<>(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")));
        body.putAll(flags);
        Api.as(coordinator).body(body).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(200);
        return Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> dueByKind(JsonPath incident) {
        Map<String, String> due = new HashMap<>();
        List<Map<String, Object>> deadlines = incident.getList("deadlines");
        deadlines.forEach(deadline -> due.put((String) deadline.get("kind"), (String) deadline.get("dueAt")));
        return due;
    }

    @Test
    void withoutFlagsOnlyThe72HourReportRuns() {
        String id = incident(Map.of());
        assertEquals(Map.of("REPORT_72H", "2026-07-05T01:00:00Z"),
                dueByKind(assessed(id, Map.of("dangerousSituation", List.of("A"), "complex", true))),
                "a dangerous situation alone starts nothing; complex-incident reports are off by default");
    }

    @Test
    void signsOfHarmToNationalSecurityStartTheImmediateNotice() {
        JsonPath incident = assessed(incident(Map.of()), Map.of("nationalSecuritySigns", true));
        assertEquals(Map.of("IMMEDIATE_NOTICE", "2026-07-02T02:00:00Z", "REPORT_72H", "2026-07-05T01:00:00Z"),
                dueByKind(incident), "immediately: within the 1 h allowance from detection");
        assertEquals("PA05", incident.getString("deadlines.find { it.kind == 'IMMEDIATE_NOTICE' }.recipient"));
        assertEquals(false, incident.getBoolean("deadlines.find { it.kind == 'IMMEDIATE_NOTICE' }.breached"));
        Instant started = Instant.parse(incident.getString("deadlines.find { it.kind == 'IMMEDIATE_NOTICE' }.startsAt"));
        assertTrue(!started.isBefore(NOW) && started.isBefore(NOW.plusSeconds(60)), "started on assessment: " + started);
    }

    @Test
    void seriousDisruptionStartsTheImmediateNoticeToo() {
        assertEquals(Map.of("IMMEDIATE_NOTICE", "2026-07-02T02:00:00Z", "REPORT_72H", "2026-07-05T01:00:00Z"),
                dueByKind(assessed(incident(Map.of()), Map.of("seriousDisruption", true))));
    }

    @Test
    void aSeriousIncidentNeedsItsReasonAndStartsThe24HourInitialNotice() {
        String id = incident(Map.of());
        Map<String, Object> body = new HashMap<>(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")));
        body.put("serious", true);
        problem(Api.as(coordinator).body(body).put("/api/v1/incidents/" + id + "/assessment"), 400, "validation")
                .body("errors[0].field", equalTo("seriousReason"));
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/assessment").then().statusCode(404);

        JsonPath incident = assessed(id, Map.of("serious", true,
                "seriousReason", "Hệ thống một cửa của xã ngừng phục vụ người dân hơn 4 giờ"));
        assertEquals(Map.of("INITIAL_NOTICE", "2026-07-03T01:00:00Z", "REPORT_72H", "2026-07-05T01:00:00Z"),
                dueByKind(incident));
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].action", equalTo("ASSESS"))
                .body("items[-1].changes.field", hasItems("assessment.regimeAnswers", "assessment.seriousReason",
                        "deadline.INITIAL_NOTICE.dueAt"));

        // a second look that finds it not serious does not withdraw a duty already started
        JsonPath again = assessed(id, Map.of("serious", false, "seriousReason", "Đã khôi phục sau 30 phút"));
        assertEquals("OPEN", again.getString("deadlines.find { it.kind == 'INITIAL_NOTICE' }.status"));
    }

    @Test
    void the2026QuestionsAreRefusedForAnIncidentUnderThe2017Rules() {
        String id = Fixtures.incidentFiledBy(Reporter.ofNewCommune().token(), "Thư giả mạo",
                Map.of("detectedAt", "2026-06-20T01:00:00Z"));
        Map<String, Object> body = new HashMap<>(Triage.assessment(false, List.of()));
        body.put("nationalSecuritySigns", true);
        problem(Api.as(coordinator).body(body).put("/api/v1/incidents/" + id + "/assessment"), 400, "validation")
                .body("errors[0].field", equalTo("nationalSecuritySigns"))
                .body("detail", not(equalTo("")));
    }

    @Test
    void personalDataThatMayHarmItsSubjectsStartsBothNoticesAndKeepsTheRecordsFiveYears() {
        JsonPath incident = Api.as(coordinator).get("/api/v1/incidents/" + incident(Map.of("personalData", Map.of(
                "affected", true, "categories", List.of("BASIC", "LOCATION"), "subjects", 12000,
                "dataTypes", List.of("Họ tên", "Số định danh cá nhân", "Vị trí"), "mayHarmSubjects", true))))
                .then().statusCode(200).extract().jsonPath();

        assertEquals(Map.of("REPORT_72H", "2026-07-05T01:00:00Z", "PDP_NOTICE", "2026-07-05T01:00:00Z",
                "PDP_SUBJECTS_NOTICE", "2026-07-05T01:00:00Z"), dueByKind(incident));
        assertEquals("PDP", incident.getString("deadlines.find { it.kind == 'PDP_NOTICE' }.recipient"));
        assertEquals("DATA-SUBJECTS", incident.getString("deadlines.find { it.kind == 'PDP_SUBJECTS_NOTICE' }.recipient"));
        assertEquals(12000, incident.getInt("personalData.subjects"));
        assertEquals("2031-07-02", incident.getString("retainUntil"));
    }

    @Test
    void personalDataRecordedLaterStartsTheClocksItsAnswersCall() {
        String reporter = Reporter.ofNewCommune().token();
        String id = Fixtures.incidentFiledBy(reporter, "Lộ danh sách hộ nghèo", Map.of("detectedAt", DETECTED));
        String url = "/api/v1/incidents/" + id;

        problem(Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("personalData", Map.of("subjects", 300)))
                .patch(url), 400, "validation").body("errors[0].field", equalTo("personalData.affected"));

        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("personalData", Map.of("affected", true,
                "categories", List.of("BASIC"), "subjects", 300, "mayHarmSubjects", false))).patch(url).then()
                .statusCode(200)
                .body("deadlines.kind", equalTo(List.of("REPORT_72H")))
                .body("retainUntil", equalTo("2031-07-02"));
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("personalData", Map.of("mayHarmSubjects", true)))
                .patch(url).then().statusCode(200)
                .body("personalData.subjects", equalTo(300))
                .body("deadlines.kind", equalTo(List.of("REPORT_72H", "PDP_NOTICE")))
                .body("deadlines.find { it.kind == 'PDP_NOTICE' }.dueAt", equalTo("2026-07-05T01:00:00Z"));
        Api.as(reporter).get(url + "/history").then()
                .body("items[-1].changes.field", hasItems("personalData", "deadline.PDP_NOTICE.dueAt"));
    }
}
