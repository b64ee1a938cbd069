package vn.ungcuu.triage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Which regime handles an incident (the one in force on the local day it was detected), the obligations it
 * starts at filing with their rule's title, legal basis and recipient, and a coordinator's change of regime.
 */
@QuarkusTest
class RegimeClockTest {

    /** The service's clock: the morning of 2 July 2026, the second day of the 2026 rules. */
    static final Instant JULY_2 = Instant.parse("2026-07-02T03:00:00Z");

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    private static JsonPath fileDetectedAt(String detectedAt) {
        MovableTimeSource.setTo(JULY_2);
        String id = Fixtures.incidentFiledBy(Reporter.ofNewCommune().token(), "Máy chủ một cửa bị gián đoạn",
                Map.of("detectedAt", detectedAt));
        return Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anIncidentDetectedOnJuneThirtiethKeepsThe2017Clocks() {
        JsonPath incident = fileDetectedAt("2026-06-30T22:00:00+07:00");

        assertEquals("vn-2017", incident.getString("regime.id"));
        assertEquals(1, incident.getInt("regime.version"));
        assertEquals(List.of("NOTIFY"), incident.getList("deadlines.kind"));
        assertEquals("2026-07-05T15:00:00Z", incident.getString("deadlines[0].dueAt"), "5 days after detection");
        assertEquals("OPEN", incident.getString("deadlines[0].status"));
        assertEquals("RESPONSE-TEAM", incident.getString("deadlines[0].recipient"));
        assertEquals("Quyết định 05/2017/QĐ-TTg", incident.getString("deadlines[0].legalBasis.document"));
        assertEquals("Điều 11", incident.getString("deadlines[0].legalBasis.article"));
        assertEquals("Thông báo sự cố trong 5 ngày kể từ khi phát hiện", incident.getString("deadlines[0].title.vi"));
        assertEquals(incident.getString("reportedAt"), incident.getString("deadlines[0].startsAt"));
    }

    @Test
    void anIncidentDetectedOnJulySecondGetsThe72HourReportOfDecree331() {
        JsonPath incident = fileDetectedAt("2026-07-02T08:00:00+07:00");

        assertEquals("vn-2026", incident.getString("regime.id"));
        assertEquals(List.of("REPORT_72H"), incident.getList("deadlines.kind"),
                "the other clocks wait for the assessment or a personal-data breach");
        assertEquals("2026-07-05T01:00:00Z", incident.getString("deadlines[0].dueAt"), "72 h after detection");
        assertEquals("PA05", incident.getString("deadlines[0].recipient"));
        assertEquals("Nghị định 331/2026/NĐ-CP", incident.getString("deadlines[0].legalBasis.document"));
        assertEquals(false, incident.getBoolean("deadlines[0].breached"));
        assertNull(incident.get("deadlines[0].metBy"));
    }

    @Test
    void theDayIsTheDistrictsDay() {
        // 30 June 17:30 UTC is already 1 July 00:30 in Thanh Hóa
        assertEquals("vn-2026", fileDetectedAt("2026-06-30T17:30:00Z").getString("regime.id"));
        assertEquals("vn-2017", fileDetectedAt("2026-06-30T16:30:00Z").getString("regime.id"));
    }

    @Test
    void aCoordinatorHandsAnIncidentToAnotherRegimeWithAJustification() {
        String coordinator = Tokens.coordinator();
        JsonPath filed = fileDetectedAt("2026-06-30T22:00:00+07:00");
        String id = filed.getString("id");
        Triage.assess(coordinator, id);
        Triage.take(coordinator, id, "TRIAGE");
        String url = "/api/v1/incidents/" + id + "/regime";

        problem(Api.as(coordinator).body(Map.of("id", "vn-2026")).put(url), 400, "validation")
                .body("errors.field", hasItems("justification"));
        problem(Api.as(coordinator).body(Map.of("id", "vn-2026", "version", 99, "justification", "x")).put(url), 400,
                "validation").body("errors[0].field", equalTo("version"));
        problem(Api.as(coordinator).body(Map.of("id", "vn-2017", "justification", "x")).put(url), 409, "conflict")
                .body("detail", containsString("already"));
        problem(Api.as(Tokens.reporter(filed.getString("unitCode"))).body(Map.of("id", "vn-2026",
                "justification", "x")).put(url), 403, "forbidden");
        problem(Api.as(coordinator).header("If-Match", "\"0\"").body(Map.of("id", "vn-2026",
                "justification", "x")).put(url), 412, "precondition-failed");

        Api.as(coordinator).body(Map.of("id", "vn-2026", "justification",
                        "Sự cố kéo dài sang tháng 7, Sở chỉ đạo áp dụng quy định mới")).put(url).then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("regime.id", equalTo("vn-2026"))
                .body("deadlines.kind", equalTo(List.of("REPORT_72H", "NOTIFY"))) // its regime's first, then those kept
                .body("deadlines.find { it.kind == 'NOTIFY' }.status", equalTo("MET"))
                .body("deadlines.find { it.kind == 'NOTIFY' }.legalBasis.document", equalTo("Quyết định 05/2017/QĐ-TTg"))
                .body("deadlines.find { it.kind == 'REPORT_72H' }.status", equalTo("OPEN"))
                .body("deadlines.find { it.kind == 'REPORT_72H' }.dueAt", equalTo("2026-07-03T15:00:00Z"))
                .body("deadlines.find { it.kind == 'REPORT_72H' }.metAt", nullValue());
        Api.as(coordinator).get("/api/v1/incidents/" + id + "/history").then()
                .body("items[-1].action", equalTo("REGIME_CHANGE"))
                .body("items[-1].changes.find { it.field == 'regime' }.from.id", equalTo("vn-2017"))
                .body("items[-1].changes.find { it.field == 'regime' }.to.id", equalTo("vn-2026"))
                .body("items[-1].changes.find { it.field == 'justification' }.to",
                        equalTo("Sự cố kéo dài sang tháng 7, Sở chỉ đạo áp dụng quy định mới"));
    }

    @Test
    void anOpenObligationOfTheOldRegimeIsWaivedWithTheJustificationNotDropped() {
        String coordinator = Tokens.coordinator();
        String id = fileDetectedAt("2026-06-30T22:00:00+07:00").getString("id");
        Api.as(coordinator).body(Map.of("id", "vn-2026", "justification", "Áp dụng quy định mới"))
                .put("/api/v1/incidents/" + id + "/regime").then().statusCode(200)
                .body("deadlines.kind", equalTo(List.of("REPORT_72H", "NOTIFY")))
                .body("deadlines.find { it.kind == 'NOTIFY' }.status", equalTo("WAIVED"))
                .body("deadlines.find { it.kind == 'NOTIFY' }.waivedReason",
                        equalTo("REGIME_CHANGE: Áp dụng quy định mới"))
                .body("deadlines.find { it.kind == 'REPORT_72H' }.status", equalTo("OPEN"));
    }
}
