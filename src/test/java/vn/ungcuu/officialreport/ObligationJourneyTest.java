package vn.ungcuu.officialreport;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Issue 16's "done when", end to end over HTTP: a commune's incident with signs of serious disruption and
 * 12,000 citizens' personal data, its four clocks under the 2026 rules, the reports that meet them, and the
 * half-year report that shows them met on time.
 */
@QuarkusTest
class ObligationJourneyTest {

    /** Detected at 08:00 on 20 July 2026 in Thanh Hóa; the coordinator works from 08:15. */
    static final Instant DETECTED = Instant.parse("2026-07-20T01:00:00Z");

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    @Test
    void aCommuneIncidentWithPersonalDataIsReportedOnTimeToEachAuthority() {
        String coordinator = Tokens.coordinator();
        String commune = Fixtures.commune();
        MovableTimeSource.setTo(DETECTED.plus(Duration.ofMinutes(15)));
        Map<String, ObligationCounts> before = halfYear(coordinator);

        Map<String, Object> filing = new HashMap<>(Fixtures.incidentBody("Cổng dịch vụ công xã bị mã hoá dữ liệu"));
        filing.put("unitCode", commune);
        filing.put("category", "RANSOMWARE");
        filing.put("detectedAt", DETECTED.toString());
        filing.put("personalData", Map.of("affected", true, "categories", List.of("BASIC"), "subjects", 12000,
                "dataTypes", List.of("Họ tên", "Số định danh cá nhân", "Địa chỉ"), "mayHarmSubjects", true));
        String id = Api.as(coordinator).body(filing).post("/api/v1/incidents").then().statusCode(201)
                .body("regime.id", equalTo("vn-2026")).extract().path("id");
        Map<String, Object> assessment = new HashMap<>(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")));
        assessment.putAll(Map.of("seriousDisruption", true, "serious", true,
                "seriousReason", "Toàn bộ hồ sơ một cửa của xã không truy cập được; dữ liệu 12.000 công dân bị mã hoá"));
        Api.as(coordinator).body(assessment).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(200);

        JsonPath incident = Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("IMMEDIATE_NOTICE", "INITIAL_NOTICE", "REPORT_72H", "PDP_NOTICE"),
                incident.getList("deadlines.kind"), "the regime's order");
        Map<String, String> due = new LinkedHashMap<>();
        due.put("IMMEDIATE_NOTICE", "2026-07-20T02:00:00Z");
        due.put("INITIAL_NOTICE", "2026-07-21T01:00:00Z");
        due.put("REPORT_72H", "2026-07-23T01:00:00Z");
        due.put("PDP_NOTICE", "2026-07-23T01:00:00Z");
        Map<String, String> recipient = Map.of("IMMEDIATE_NOTICE", "PA05", "INITIAL_NOTICE", "PA05",
                "REPORT_72H", "PA05", "PDP_NOTICE", "PDP");
        due.forEach((kind, dueAt) -> {
            String path = "deadlines.find { it.kind == '" + kind + "' }.";
            assertEquals(dueAt, incident.getString(path + "dueAt"), kind);
            assertEquals(recipient.get(kind), incident.getString(path + "recipient"), kind);
            assertFalse(incident.getString(path + "legalBasis.document").isBlank(), kind);
            assertFalse(incident.getString(path + "legalBasis.article").isBlank(), kind);
            assertFalse(incident.getString(path + "title.vi").isBlank(), kind);
        });

        // each report recorded with its document number, sent before its clock ran out
        Map<String, Instant> sent = Map.of("IMMEDIATE_NOTICE", DETECTED.plus(Duration.ofMinutes(40)),
                "INITIAL_NOTICE", DETECTED.plus(Duration.ofHours(20)), "REPORT_72H", DETECTED.plus(Duration.ofHours(60)),
                "PDP_NOTICE", DETECTED.plus(Duration.ofHours(70)));
        int number = 100;
        for (String kind : due.keySet()) {
            MovableTimeSource.setTo(sent.get(kind).plus(Duration.ofMinutes(5)));
            Map<String, Object> report = OfficialReports.body(id, kind, recipient.get(kind));
            report.put("sentAt", sent.get(kind).toString());
            report.put("documentNumber", (number++) + "/BC-UBND");
            Api.as(coordinator).body(report).post("/api/v1/incidents/" + id + "/reports").then().statusCode(201)
                    .body("met", equalTo(List.of(kind)))
                    .body("documentNumber", equalTo((number - 1) + "/BC-UBND"));
        }
        JsonPath met = Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
        for (String kind : due.keySet()) {
            String path = "deadlines.find { it.kind == '" + kind + "' }.";
            assertEquals("MET", met.getString(path + "status"), kind);
            assertEquals(sent.get(kind).toString(), met.getString(path + "metAt"), kind);
            assertEquals(false, met.getBoolean(path + "breached"), kind);
        }

        Map<String, ObligationCounts> after = halfYear(coordinator);
        for (String kind : due.keySet()) {
            assertEquals(before.get(kind).metOnTime() + 1, after.get(kind).metOnTime(), kind + " met on time");
            assertEquals(before.get(kind).total() + 1, after.get(kind).total(), kind);
        }
        assertTrue(after.containsKey("PDP_SUBJECTS_NOTICE"), "every kind of the regime is listed");
    }

    @Test
    void aReportSentBeforeItsObligationStartedMeetsItWhenItStarts() {
        String coordinator = Tokens.coordinator();
        MovableTimeSource.setTo(DETECTED.plus(Duration.ofHours(2)));
        Map<String, Object> filing = new HashMap<>(Fixtures.incidentBody("Mất kết nối hệ thống hội nghị trực tuyến"));
        filing.put("unitCode", Fixtures.commune());
        filing.put("detectedAt", DETECTED.toString());
        String id = Api.as(coordinator).body(filing).post("/api/v1/incidents").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> notice = OfficialReports.body(id, "INITIAL_NOTICE", "PA05");
        notice.put("sentAt", DETECTED.plus(Duration.ofHours(1)).toString());
        Api.as(coordinator).body(notice).post("/api/v1/incidents/" + id + "/reports").then().statusCode(201)
                .body("met", equalTo(List.of()));

        Map<String, Object> assessment = new HashMap<>(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")));
        assessment.putAll(Map.of("serious", true, "seriousReason", "Gián đoạn họp trực tuyến toàn tỉnh"));
        Api.as(coordinator).body(assessment).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(200);
        Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("deadlines.find { it.kind == 'INITIAL_NOTICE' }.status", equalTo("MET"))
                .body("deadlines.find { it.kind == 'INITIAL_NOTICE' }.metAt",
                        equalTo(DETECTED.plus(Duration.ofHours(1)).toString()))
                .body("deadlines.find { it.kind == 'INITIAL_NOTICE' }.breached", equalTo(false));
    }

    record ObligationCounts(long total, long metOnTime) {
    }

    private static Map<String, ObligationCounts> halfYear(String coordinator) {
        JsonPath report = Api.as(coordinator).queryParam("period", "2026-H2").get("/api/v1/reports/summary").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> tallies = report.getMap("obligations");
        Map<String, ObligationCounts> counts = new HashMap<>();
        tallies.forEach((kind, tally) -> counts.put(kind, new ObligationCounts(((Number) tally.get("total")).longValue(),
                ((Number) tally.get("metOnTime")).longValue())));
        return counts;
    }
}
