package vn.ungcuu.officialreport;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ungcuu.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Issue 16, item 6: official reports, what a unit actually sent to an authority, and the obligations they meet.
 * The 2026 incidents here are detected at 08:00 on 2 July 2026 (local time), so their 72-hour report is due at
 * 08:00 on 5 July; the service's clock is moved to when each report is recorded.
 */
@QuarkusTest
class OfficialReportTest {

    static final Instant DETECTED = Instant.parse("2026-07-02T01:00:00Z");
    static final Instant DUE_72H = Instant.parse("2026-07-05T01:00:00Z");

    @Inject
    DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** An incident of the reporter's unit detected on 2 July 2026, handled under vn-2026; the clock two hours on. */
    private static String incidentOf2026(Reporter reporter) {
        MovableTimeSource.setTo(DETECTED.plusSeconds(2 * 3600));
        return Fixtures.incidentFiledBy(reporter.token(), "Cổng thông tin xã bị dò mật khẩu quản trị",
                Map.of("detectedAt", "2026-07-02T08:00:00+07:00"));
    }

    private static Map<String, Object> report72h(Instant sentAt) {
        Map<String, String> content = new LinkedHashMap<>();
        content.put("cause", "Mật khẩu quản trị yếu bị dò tìm từ địa chỉ nước ngoài");
        content.put("scope", "Cổng thông tin điện tử xã; không lộ dữ liệu cá nhân");
        content.put("measuresTaken", "Cô lập máy chủ, đổi mật khẩu, khôi phục từ bản sao lưu ngày 01/07");
        content.put("status", "Đã khôi phục hoạt động");
        content.put("supportRequested", "Không");
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "REPORT_72H");
        body.put("recipient", "PA05");
        body.put("sentAt", sentAt.toString());
        body.put("channel", "DOCUMENT_SYSTEM");
        body.put("documentNumber", "125/BC-UBND");
        body.put("content", content);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static String reports(String incidentId) {
        return "/api/v1/incidents/" + incidentId + "/reports";
    }

    private static JsonPath incident(String id) {
        return Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
    }

    private long reportsOf(String incidentId) {
        return Sql.count(db, "SELECT count(*) FROM official_report WHERE incident_id = ?::uuid", incidentId);
    }

    @Test
    void a72HourReportSentOnTimeMeetsItsObligation() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = incidentOf2026(reporter);
        Instant sentAt = Instant.parse("2026-07-04T02:30:00Z");
        MovableTimeSource.setTo(Instant.parse("2026-07-04T03:00:00Z"));

        Response created = Api.as(reporter.token()).body(report72h(sentAt)).post(reports(id));
        created.then().statusCode(201)
                .body("incidentId", equalTo(id))
                .body("kind", equalTo("REPORT_72H"))
                .body("recipient", equalTo("PA05"))
                .body("sentAt", equalTo("2026-07-04T02:30:00Z"))
                .body("channel", equalTo("DOCUMENT_SYSTEM"))
                .body("documentNumber", equalTo("125/BC-UBND"))
                .body("content.cause", equalTo("Mật khẩu quản trị yếu bị dò tìm từ địa chỉ nước ngoài"))
                .body("met", equalTo(List.of("REPORT_72H")))
                .body("supersedes", nullValue())
                .body("attachmentIds", equalTo(List.of()))
                .body("regime.id", equalTo("vn-2026"))
                .body("regime.version", equalTo(2))
                .body("recordedBy", equalTo(Tokens.subjectOf(reporter.token())));
        String reportId = created.path("id");
        assertTrue(created.header("Location").endsWith(reports(id) + "/" + reportId), created.header("Location"));

        JsonPath obligation = incident(id);
        String report72h = "deadlines.find { it.kind == 'REPORT_72H' }";
        assertEquals("MET", obligation.getString(report72h + ".status"));
        assertEquals(reportId, obligation.getString(report72h + ".metBy"));
        assertEquals("2026-07-04T02:30:00Z", obligation.getString(report72h + ".metAt"));
        assertEquals(DUE_72H.toString(), obligation.getString(report72h + ".dueAt"));
        assertFalse(obligation.getBoolean(report72h + ".breached"));

        // the row, its content as stored, and the audit entry on the incident
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM official_report"
                + " WHERE id = ?::uuid AND incident_id = ?::uuid"
                + " AND kind = 'REPORT_72H' AND recipient = 'PA05' AND regime_id = 'vn-2026' AND met = '{REPORT_72H}'"
                + " AND content ->> 'status' = 'Đã khôi phục hoạt động'"
                + " AND recorded_at BETWEEN '2026-07-04T03:00:00Z' AND '2026-07-04T03:05:00Z'", reportId, id));
        assertEquals(1, AuditEntries.countWithChanges(db, "INCIDENT", id, "REPORT_RECORDED", "["
                + "{\"field\": \"report.id\", \"to\": \"" + reportId + "\"},"
                + "{\"field\": \"report.kind\", \"to\": \"REPORT_72H\"},"
                + "{\"field\": \"report.recipient\", \"to\": \"PA05\"},"
                + "{\"field\": \"report.sentAt\", \"to\": \"2026-07-04T02:30:00Z\"},"
                + "{\"field\": \"report.channel\", \"to\": \"DOCUMENT_SYSTEM\"},"
                + "{\"field\": \"report.documentNumber\", \"to\": \"125/BC-UBND\"},"
                + "{\"field\": \"deadline.REPORT_72H.metAt\", \"to\": \"2026-07-04T02:30:00Z\"},"
                + "{\"field\": \"deadline.REPORT_72H.metBy\", \"to\": \"" + reportId + "\"}]"));
        Api.as(reporter.token()).get("/api/v1/incidents/" + id + "/history").then().statusCode(200)
                .body("items.action", hasItem("REPORT_RECORDED"));

        // read back: one, and the list; the content in the order the regime lists the fields
        Response read = Api.as(reporter.token()).get(reports(id) + "/" + reportId);
        read.then().statusCode(200).body("id", equalTo(reportId)).body("met", equalTo(List.of("REPORT_72H")));
        String text = read.asString();
        assertTrue(text.indexOf("\"measuresTaken\"") < text.indexOf("\"status\"")
                && text.indexOf("\"cause\"") < text.indexOf("\"scope\""), text);
        Api.as(Tokens.coordinator()).get(reports(id)).then().statusCode(200)
                .body("items.id", equalTo(List.of(reportId))).body("nextCursor", nullValue());
    }

    @Test
    void aLateReportMeetsItsObligationAndLeavesItBreached() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = incidentOf2026(reporter);
        Instant sentAt = DUE_72H.plusSeconds(8 * 3600);
        MovableTimeSource.setTo(Instant.parse("2026-07-06T02:00:00Z"));

        String reportId = Api.as(Tokens.coordinator()).body(report72h(sentAt)).post(reports(id)).then().statusCode(201)
                .body("met", equalTo(List.of("REPORT_72H"))).extract().path("id");

        JsonPath obligation = incident(id);
        String report72h = "deadlines.find { it.kind == 'REPORT_72H' }";
        assertEquals("MET", obligation.getString(report72h + ".status"));
        assertTrue(obligation.getBoolean(report72h + ".breached"));
        assertEquals(sentAt.toString(), obligation.getString(report72h + ".metAt"));
        assertEquals(reportId, obligation.getString(report72h + ".metBy"));
    }

    @Test
    void aReportThatDoesNotSayWhatTheRegimeAsksIsRefusedNamingTheFields() {
        Reporter reporter = Reporter.ofNewCommune();
        String coordinator = Tokens.coordinator();
        String id = incidentOf2026(reporter);
        MovableTimeSource.setTo(Instant.parse("2026-07-03T02:00:00Z"));
        Map<String, Object> good = report72h(Instant.parse("2026-07-03T01:00:00Z"));

        // a kind of the 2017 rules, not of vn-2026
        problem(Api.as(coordinator).body(with(good, "kind", "INITIAL_REPORT")).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("kind")));
        // an authority nobody registered, and one deactivated
        problem(Api.as(coordinator).body(with(good, "recipient", "CA-KHONGCO")).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("recipient")));
        String retired = Fixtures.uniqueCode("CA");
        Api.as(Tokens.admin()).body(Map.of("code", retired, "nameVi", "Công an huyện (đã giải thể)", "active", false,
                "channels", List.of())).post("/api/v1/authorities").then().statusCode(201);
        problem(Api.as(coordinator).body(with(good, "recipient", retired)).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("recipient")));

        // content: two fields missing, one blank, one the kind does not have
        Map<String, String> partial = new LinkedHashMap<>();
        partial.put("cause", "Mật khẩu yếu");
        partial.put("scope", "   ");
        partial.put("status", "Đang khắc phục");
        partial.put("ghiChu", "Đã gọi điện trước");
        problem(Api.as(coordinator).body(with(good, "content", partial)).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("content.scope", "content.measuresTaken",
                        "content.supportRequested", "content.ghiChu")));
        problem(Api.as(coordinator).body(with(good, "content", Map.of("cause", 42))).post(reports(id)), 400,
                "validation").body("errors[0].field", equalTo("content.cause"));

        // a document number: required by e-mail, not by telephone
        Map<String, Object> byEmail = with(good, "channel", "EMAIL");
        byEmail.remove("documentNumber");
        problem(Api.as(coordinator).body(byEmail).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("documentNumber")));

        // sent in the future, or before the incident was detected
        problem(Api.as(coordinator).body(with(good, "sentAt", "2026-07-03T03:00:00Z")).post(reports(id)), 400,
                "validation").body("errors.field", equalTo(List.of("sentAt")));
        problem(Api.as(coordinator).body(with(good, "sentAt", "2026-07-02T07:59:00+07:00")).post(reports(id)), 400,
                "validation").body("errors.field", equalTo(List.of("sentAt")));

        // the attachment and the report of another incident
        Reporter other = Reporter.ofNewCommune();
        String otherIncident = incidentOf2026(other);
        MovableTimeSource.setTo(Instant.parse("2026-07-03T02:00:00Z"));
        String foreignAttachment = attach(other.token(), otherIncident);
        String foreignReport = OfficialReports.record(coordinator, otherIncident, good);
        problem(Api.as(coordinator).body(with(good, "attachmentIds", List.of(foreignAttachment))).post(reports(id)),
                400, "validation").body("errors.field", equalTo(List.of("attachmentIds[0]")));
        problem(Api.as(coordinator).body(with(good, "supersedes", foreignReport)).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("supersedes")));
        assertEquals(0, reportsOf(id), "nothing refused was recorded");
        assertEquals("OPEN", incident(id).getString("deadlines.find { it.kind == 'REPORT_72H' }.status"));

        // by telephone, no number needed; its own attachment may go with it
        Map<String, Object> byPhone = with(good, "channel", "PHONE");
        byPhone.remove("documentNumber");
        String attachment = attach(reporter.token(), id);
        byPhone.put("attachmentIds", List.of(attachment));
        Api.as(coordinator).body(byPhone).post(reports(id)).then().statusCode(201)
                .body("documentNumber", nullValue()).body("attachmentIds", equalTo(List.of(attachment)));
        assertEquals(1, reportsOf(id));
    }

    @Test
    void aStateSecretIncidentKeepsOnlyASummaryOfEachField() {
        Reporter reporter = Reporter.ofNewCommune();
        MovableTimeSource.setTo(DETECTED.plusSeconds(3600));
        String id = Fixtures.incidentFiledBy(reporter.token(), "Máy tính soạn thảo văn bản mật nhiễm mã độc",
                Map.of("detectedAt", DETECTED.toString(), "stateSecret", true));
        Map<String, Object> body = report72h(DETECTED.plusSeconds(1800));
        @SuppressWarnings("unchecked")
        Map<String, String> content = new LinkedHashMap<>((Map<String, String>) body.get("content"));
        content.put("cause", "Chi tiết kỹ thuật ".repeat(40));
        problem(Api.as(reporter.token()).body(with(body, "content", content)).post(reports(id)), 400, "validation")
                .body("errors.field", equalTo(List.of("content.cause")));
    }

    @Test
    void aCorrectionSupersedesAnEarlierReportAndMeetsNothingNew() throws Exception {
        Reporter reporter = Reporter.ofNewCommune();
        String id = incidentOf2026(reporter);
        MovableTimeSource.setTo(Instant.parse("2026-07-04T00:00:00Z"));
        Map<String, Object> first = report72h(Instant.parse("2026-07-03T02:00:00Z"));
        String original = OfficialReports.record(reporter.token(), id, first);
        long version = incident(id).getLong("version");

        Map<String, Object> correction = with(report72h(Instant.parse("2026-07-03T09:00:00Z")), "supersedes",
                original);
        correction.put("documentNumber", "126/BC-UBND");
        String corrected = Api.as(reporter.token()).body(correction).post(reports(id)).then().statusCode(201)
                .body("supersedes", equalTo(original)).body("met", equalTo(List.of())).extract().path("id");

        JsonPath after = incident(id);
        assertEquals(original, after.getString("deadlines.find { it.kind == 'REPORT_72H' }.metBy"));
        assertEquals("2026-07-03T02:00:00Z", after.getString("deadlines.find { it.kind == 'REPORT_72H' }.metAt"));
        assertEquals(version, after.getLong("version"), "a correction leaves the incident as it was");
        Api.as(reporter.token()).get(reports(id)).then().statusCode(200)
                .body("items.id", equalTo(List.of(original, corrected)));

        // a correction follows what it corrects
        problem(Api.as(reporter.token()).body(with(report72h(Instant.parse("2026-07-03T01:00:00Z")), "supersedes",
                corrected)).post(reports(id)), 400, "validation").body("errors.field", equalTo(List.of("supersedes")));
        // and neither is ever changed, even by SQL
        assertThrows(SQLException.class, () -> Sql.execute(db,
                "UPDATE official_report SET document_number = 'sửa' WHERE id = ?::uuid", original));
        assertThrows(SQLException.class, () -> Sql.execute(db, "DELETE FROM official_report WHERE id = ?::uuid",
                corrected));
        assertEquals(2, reportsOf(id));
    }

    @Test
    void reportsAreReadByWhoeverMayReadTheIncidentAndRecordedByItsUnit() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String onEscalated = OfficialReports.record(coordinator, escalated.incidentId(),
                OfficialReports.anyKind(escalated.incidentId()));
        Reporter reporter = Reporter.ofNewCommune();
        String quiet = Fixtures.incidentFiledBy(reporter.token());
        String onQuiet = OfficialReports.record(reporter.token(), quiet, OfficialReports.anyKind(quiet));

        String provincial = Tokens.provincial();
        Api.as(provincial).get(reports(escalated.incidentId())).then().statusCode(200)
                .body("items.id", equalTo(List.of(onEscalated)));
        Api.as(provincial).get(reports(escalated.incidentId()) + "/" + onEscalated).then().statusCode(200);
        problem(Api.as(provincial).get(reports(quiet)), 404, "not-found");
        problem(Api.as(provincial).get(reports(quiet) + "/" + onQuiet), 404, "not-found");
        String auditor = Tokens.auditor();
        Api.as(auditor).get(reports(quiet) + "/" + onQuiet).then().statusCode(200).body("id", equalTo(onQuiet));
        String stranger = Tokens.reporter(Fixtures.commune());
        problem(Api.as(stranger).get(reports(quiet)), 404, "not-found");
        problem(Api.as(stranger).get(reports(quiet) + "/" + onQuiet), 404, "not-found");
        // the report of another incident, asked for through this one
        problem(Api.as(coordinator).get(reports(quiet) + "/" + onEscalated), 404, "not-found");

        // recording: another unit's reporter does not see the incident; responders and auditors may not record
        problem(Api.as(stranger).body(OfficialReports.anyKind(quiet)).post(reports(quiet)), 404, "not-found");
        problem(Api.as(Tokens.responder("responder-" + quiet)).body(OfficialReports.anyKind(quiet))
                .post(reports(quiet)), 403, "forbidden");
        problem(Api.as(auditor).body(OfficialReports.anyKind(quiet)).post(reports(quiet)), 403, "forbidden");
        assertEquals(1, reportsOf(quiet));
    }

    @Test
    void aRecordedReportIsAnEventOnTheFeedWithoutItsContent() {
        String admin = Tokens.admin();
        String cursor = endOfFeed(admin);
        Reporter reporter = Reporter.ofNewCommune();
        String id = incidentOf2026(reporter);
        MovableTimeSource.setTo(Instant.parse("2026-07-03T00:00:00Z"));
        String reportId = OfficialReports.record(reporter.token(), id,
                report72h(Instant.parse("2026-07-02T09:00:00Z")));

        List<Map<String, Object>> events = Api.as(admin).queryParam("after", cursor).queryParam("limit", 500)
                .get("/api/v1/events").then().statusCode(200).extract().path("items");
        List<Map<?, ?>> recorded = events.stream().filter(event -> "report.recorded".equals(event.get("type")))
                .<Map<?, ?>>map(event -> (Map<?, ?>) event.get("data"))
                .filter(data -> reportId.equals(data.get("reportId"))).toList();
        assertEquals(1, recorded.size(), events.toString());
        Map<?, ?> data = recorded.get(0);
        assertEquals(id, data.get("incidentId"));
        assertEquals(reporter.unitCode(), data.get("unitCode"));
        assertEquals("REPORT_72H", data.get("kind"));
        assertEquals("PA05", data.get("recipient"));
        assertEquals("2026-07-02T09:00:00Z", data.get("sentAt"));
        assertEquals("125/BC-UBND", data.get("documentNumber"));
        assertEquals(List.of("REPORT_72H"), data.get("met"));
        assertFalse(data.containsKey("content"), "the content stays in the service: " + data);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameReport() {
        Reporter reporter = Reporter.ofNewCommune();
        String id = incidentOf2026(reporter);
        MovableTimeSource.setTo(Instant.parse("2026-07-03T00:00:00Z"));
        Map<String, Object> body = report72h(Instant.parse("2026-07-02T09:00:00Z"));

        String key = "bc-72h-" + id;
        Response first = Api.as(reporter.token()).header("Idempotency-Key", key).body(body).post(reports(id));
        first.then().statusCode(201);
        Response retry = Api.as(reporter.token()).header("Idempotency-Key", key).body(body).post(reports(id));
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/reports/" + first.path("id")))
                .body("id", equalTo(first.path("id"))).body("met", equalTo(List.of("REPORT_72H")));
        assertEquals(1, reportsOf(id));
        problem(Api.as(reporter.token()).header("Idempotency-Key", key)
                .body(with(body, "documentNumber", "127/BC-UBND")).post(reports(id)), 422, "idempotency-key-reused");
        assertEquals(1, reportsOf(id));
        assertEquals(1, AuditEntries.count(db, "INCIDENT", id, "REPORT_RECORDED"));
    }

    @Test
    void underThe2017RulesTheInitialAndEndReportsMeetTheirObligations() {
        String coordinator = Tokens.coordinator();
        Reporter reporter = Reporter.ofNewCommune();
        MovableTimeSource.setTo(Instant.parse("2026-06-20T03:00:00Z"));
        String id = Fixtures.incidentFiledBy(reporter.token(), "Máy chủ thư điện tử xã bị chiếm quyền",
                Map.of("beyondCapacity", true));
        assertEquals("vn-2017", incident(id).getString("regime.id"));

        Map<String, Object> initial = OfficialReports.body(id, "INITIAL_REPORT", "RESPONSE-TEAM");
        String form03 = OfficialReports.record(reporter.token(), id, initial);
        JsonPath afterInitial = incident(id);
        assertEquals(form03, afterInitial.getString("deadlines.find { it.kind == 'INITIAL_REPORT' }.metBy"));
        assertEquals("OPEN", afterInitial.getString("deadlines.find { it.kind == 'NOTIFY' }.status"),
                "NOTIFY is met by triage, not by a report");

        Triage.assess(coordinator, id);
        for (String action : List.of("TRIAGE", "START", "RESOLVE")) {
            Triage.take(coordinator, id, action);
        }
        String form04 = Api.as(coordinator).body(OfficialReports.body(id, "END_REPORT", "RESPONSE-TEAM"))
                .post(reports(id)).then().statusCode(201).body("met", equalTo(List.of("END_REPORT")))
                .body("regime.id", equalTo("vn-2017")).extract().path("id");
        assertEquals(form04, incident(id).getString("deadlines.find { it.kind == 'END_REPORT' }.metBy"));
    }

    @Test
    void aFinishedIncidentStillTakesTheReportsThatWereSent() {
        String coordinator = Tokens.coordinator();
        MovableTimeSource.setTo(DETECTED.plusSeconds(2 * 3600));
        // closing does not meet the 72-hour report: a report sent after closing still does
        String closed = Triage.incidentIn("CLOSED", coordinator);
        Api.as(coordinator).body(OfficialReports.body(closed, "REPORT_72H", "PA05")).post(reports(closed)).then()
                .statusCode(201).body("met", equalTo(List.of("REPORT_72H")));
        assertEquals("MET", incident(closed).getString("deadlines.find { it.kind == 'REPORT_72H' }.status"));
        // rejecting waived it: the notice is kept, and meets nothing
        String rejected = Triage.incidentIn("REJECTED", coordinator);
        Api.as(coordinator).body(OfficialReports.body(rejected, "REPORT_72H", "PA05")).post(reports(rejected)).then()
                .statusCode(201).body("met", equalTo(List.of()));
        assertEquals("WAIVED", incident(rejected).getString("deadlines.find { it.kind == 'REPORT_72H' }.status"));
    }

    private static String attach(String token, String incidentId) {
        return Api.as(token).contentType("multipart/form-data")
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart(new MultiPartSpecBuilder("Công văn số 125/BC-UBND (bản ký số)"
                        .getBytes(StandardCharsets.UTF_8)).controlName("file").fileName("bao-cao-72h.txt")
                        .mimeType("text/plain").build())
                .post("/api/v1/incidents/" + incidentId + "/attachments").then().statusCode(201).extract().path("id");
    }

    /** Reads the feed to its end and returns the cursor to poll from. */
    private static String endOfFeed(String token) {
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            var request = Api.as(token).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath answer = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            cursor = answer.getString("nextCursor");
            if (answer.getList("items").isEmpty()) {
                return cursor;
            }
        }
        throw new AssertionError("the feed never ended");
    }
}
