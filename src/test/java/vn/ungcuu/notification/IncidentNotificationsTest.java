package vn.ungcuu.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.notification.People.Person;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.OfficialReports;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Who hears of what, through HTTP changes, read back from the mail outbox: recipients, subject, text and HTML, kind
 * and dedup key; what a message must never say (internal notes to a reporter, a state secret, a TLP:RED incident's
 * facts); nobody told of their own change; the opt-out.
 */
@QuarkusTest
class IncidentNotificationsTest {

    static final String LINK_BASE = "http://localhost:8080/#/su-co/";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    DataSource db;

    /** A filed incident: its id and reference. */
    record Filed(String id, String reference) {
    }

    static Filed file(Person reporter, String unit, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Cổng thông tin xã bị thay đổi giao diện",
                "description", "Trang chủ hiển thị nội dung lạ từ 07:40",
                "category", "DEFACEMENT",
                "detectedAt", MovableTimeSource.current().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
                        .toString()));
        body.putAll(fields);
        JsonPath filed = Api.as(reporter.token()).body(body).post("/api/v1/incidents").then().statusCode(201)
                .extract().jsonPath();
        return new Filed(filed.getString("id"), filed.getString("reference"));
    }

    static String local(String instant) {
        return LOCAL.format(Instant.parse(instant).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void aNewIncidentTellsTheMailboxAndSendsItsReceiptToTheUnitsFocalPoint() {
        String focalPoint = People.address("dau-moi");
        String unit = People.communeWithFocalPoint(focalPoint);
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Filed incident = file(reporter, unit, Map.of("title", "Cổng <b>xã</b> & \"trang chủ\" bị thay đổi"));
        JsonPath deadline = Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + incident.id()).then()
                .statusCode(200).extract().jsonPath();
        String due = local(deadline.getString("deadlines[0].dueAt"));

        List<Queued> messages = Queued.about(db, incident.reference());
        assertEquals(List.of("INCIDENT_NEW", "INCIDENT_RECEIPT"), messages.stream().map(Queued::kind).toList());

        Queued coordinators = messages.get(0);
        assertEquals(List.of(People.MAILBOX), coordinators.recipients());
        assertThat(coordinators.dedupKey(), org.hamcrest.Matchers.matchesPattern("audit:\\d+:INCIDENT_NEW"));
        assertThat(coordinators.subject(), startsWith("[" + incident.reference() + "] Sự cố mới: Cổng <b>xã</b>"));
        assertThat(coordinators.subject(), containsString("/ New incident"));
        assertThat(coordinators.text(), containsString("Có sự cố mới được báo cáo: " + incident.reference()));
        assertThat(coordinators.text(), containsString("Trang chủ hiển thị nội dung lạ từ 07:40"));
        assertThat(coordinators.text(), containsString("Người báo cáo: Trần Thị Hoa"));
        assertThat(coordinators.text(), containsString("Đơn vị: UBND xã " + unit + " (" + unit + ")"));
        assertThat(coordinators.text(), containsString("hạn " + due));
        assertThat(coordinators.text(), containsString("Mở sự cố: " + LINK_BASE + incident.id()));
        assertThat(coordinators.text(), containsString("English: a new incident was reported."));
        // HTML: every value escaped, the link a link
        assertThat(coordinators.html(), containsString("Cổng &lt;b&gt;xã&lt;/b&gt; &amp; &quot;trang chủ&quot;"));
        assertThat(coordinators.html(), not(containsString("<b>xã</b>")));
        assertThat(coordinators.html(), containsString("href=\"" + LINK_BASE + incident.id() + "\""));
        assertThat(coordinators.html(), containsString(due));

        Queued receipt = messages.get(1);
        assertEquals(List.of(focalPoint), receipt.recipients());
        assertThat(receipt.subject(), startsWith("[" + incident.reference() + "] Phiếu tiếp nhận sự cố"));
        assertThat(receipt.text(), containsString("Phát hiện lúc: "));
        assertThat(receipt.text(), containsString("Thời hạn đang chạy:"));
        assertThat(receipt.text(), containsString("hạn " + due));
        assertThat(receipt.text(), not(containsString("Trang chủ hiển thị nội dung lạ")));
    }

    @Test
    void theFocalPointWhoFilesGetsNoCopyOfTheirOwnReceipt() {
        String address = People.address("dau-moi-tu-bao");
        String unit = People.communeWithFocalPoint(address);
        // the filing is their first call: the directory does not know them yet, their token does
        Person focalPoint = People.unknown(Roles.REPORTER, unit, "Lê Văn Bình", address.toUpperCase());
        Filed incident = file(focalPoint, unit, Map.of());
        assertEquals(List.of("INCIDENT_NEW"), Queued.about(db, incident.reference()).stream().map(Queued::kind)
                .toList());
        assertEquals(List.of(), Queued.to(db, address));
    }

    @Test
    void assigningTellsTheAssigneeButNotACoordinatorWhoTakesItThemselves() {
        String unit = People.communeWithFocalPoint(People.address("dau-moi"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Person coordinator = People.known(Roles.COORDINATOR, null, "Phạm Minh Đức");
        Filed incident = file(reporter, unit, Map.of());

        Triage.assign(coordinator.token(), incident.id(), responder.id());
        List<Queued> assigned = Queued.about(db, incident.reference(), "INCIDENT_ASSIGNED");
        assertEquals(1, assigned.size());
        assertEquals(List.of(responder.email()), assigned.get(0).recipients());
        assertThat(assigned.get(0).subject(), startsWith("[" + incident.reference() + "] Sự cố được giao cho anh/chị"));
        assertThat(assigned.get(0).text(), containsString("Người giao: Phạm Minh Đức"));
        assertThat(assigned.get(0).text(), containsString("Người xử lý: Nguyễn Văn An"));

        Triage.assign(coordinator.token(), incident.id(), coordinator.id());
        assertEquals(1, Queued.about(db, incident.reference(), "INCIDENT_ASSIGNED").size(), "not told of their own");
        assertEquals(List.of(), Queued.to(db, coordinator.email()));
    }

    @Test
    void commentsReachTheReporterAndTheAssigneeButNotTheirAuthor() {
        String unit = People.communeWithFocalPoint(People.address("dau-moi"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Person coordinator = People.known(Roles.COORDINATOR, null, "Phạm Minh Đức");
        Filed incident = file(reporter, unit, Map.of());
        Triage.assign(coordinator.token(), incident.id(), responder.id());
        String path = "/api/v1/incidents/" + incident.id() + "/comments";

        Api.as(responder.token()).body(Map.of("body", "Đề nghị xã gửi ảnh chụp màn hình trang chủ"))
                .post(path).then().statusCode(201);
        Api.as(reporter.token()).body(Map.of("body", "Đã gửi ảnh qua tệp đính kèm")).post(path).then()
                .statusCode(201);
        Api.as(coordinator.token()).body(Map.of("body", "Tỉnh đã nắm thông tin")).post(path).then().statusCode(201);

        List<Queued> comments = Queued.about(db, incident.reference(), "COMMENT");
        assertEquals(3, comments.size());
        assertEquals(List.of(reporter.email()), comments.get(0).recipients());
        assertThat(comments.get(0).text(), containsString("Nguyễn Văn An đã viết:\nĐề nghị xã gửi ảnh chụp màn hình"));
        assertThat(comments.get(0).subject(), startsWith("[" + incident.reference() + "] Bình luận mới"));
        assertEquals(List.of(responder.email()), comments.get(1).recipients());
        assertEquals(List.of(reporter.email(), responder.email()), comments.get(2).recipients());
    }

    @Test
    void internalNotesReachTheAssigneeWhenStaffAndNeverTheReporter() {
        String unit = People.communeWithFocalPoint(People.address("dau-moi"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Person coordinator = People.known(Roles.COORDINATOR, null, "Phạm Minh Đức");
        Filed incident = file(reporter, unit, Map.of());
        String note = "Nghi vấn cán bộ xã dùng chung mật khẩu quản trị " + incident.reference();
        String path = "/api/v1/incidents/" + incident.id() + "/comments";

        // no assignee yet: nobody to tell (the reporter never)
        Api.as(coordinator.token()).body(Map.of("body", note, "internal", true)).post(path).then().statusCode(201);
        assertEquals(List.of(), Queued.about(db, incident.reference(), "INTERNAL_NOTE"));

        Triage.assign(coordinator.token(), incident.id(), responder.id());
        Api.as(coordinator.token()).body(Map.of("body", note, "internal", true)).post(path).then().statusCode(201);
        List<Queued> notes = Queued.about(db, incident.reference(), "INTERNAL_NOTE");
        assertEquals(1, notes.size());
        assertEquals(List.of(responder.email()), notes.get(0).recipients());
        assertThat(notes.get(0).text(), containsString(note));

        // an assignee who is not staff (a reporter) never reads a note either
        Triage.assign(coordinator.token(), incident.id(), reporter.id());
        Api.as(coordinator.token()).body(Map.of("body", note, "internal", true)).post(path).then().statusCode(201);
        assertEquals(1, Queued.about(db, incident.reference(), "INTERNAL_NOTE").size());
        for (Queued message : Queued.saying(db, note)) {
            assertTrue(!message.recipients().contains(reporter.email()), "a note reached the reporter: " + message);
        }
    }

    @Test
    void theProvincialTeamsStepsTellTheMailboxAndTheAssignee() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String reference = Api.as(coordinator).get("/api/v1/incidents/" + escalated.incidentId()).then()
                .extract().path("reference");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Triage.assign(coordinator, escalated.incidentId(), responder.id());
        Person provincial = People.known(Roles.PROVINCIAL, null, "Đội ứng cứu tỉnh");
        String path = "/api/v1/escalations/" + escalated.escalationId();

        Api.as(provincial.token()).post(path + "/acknowledge").then().statusCode(200);
        Api.as(provincial.token()).body(Map.of("message", "Đã cử chuyên gia phân tích mẫu mã độc"))
                .post(path + "/updates").then().statusCode(200);
        Api.as(provincial.token()).body(Map.of("reason", "Sự cố trong khả năng xử lý của địa phương"))
                .post(path + "/return").then().statusCode(200);

        List<Queued> steps = Queued.about(db, reference, "ESCALATION_STEP");
        assertEquals(3, steps.size());
        for (Queued step : steps) {
            assertEquals(List.of(People.MAILBOX, responder.email()), step.recipients());
            assertThat(step.text(), containsString("Người thực hiện: Đội ứng cứu tỉnh"));
        }
        assertThat(steps.get(0).subject(), startsWith("[" + reference + "] Tỉnh đã xác nhận tiếp nhận"));
        assertThat(steps.get(0).subject(), containsString("/ Escalation acknowledged"));
        assertThat(steps.get(1).text(), containsString("Nội dung:\nĐã cử chuyên gia phân tích mẫu mã độc"));
        assertThat(steps.get(2).subject(), startsWith("[" + reference + "] Tỉnh trả lại sự cố"));
        assertThat(steps.get(2).text(), containsString("Lý do:\nSự cố trong khả năng xử lý của địa phương"));
        // the escalation's own audit entries tell nothing more
        assertEquals(3, Queued.to(db, responder.email()).stream()
                .filter(message -> message.kind().equals("ESCALATION_STEP")).count());
    }

    @Test
    void anOfficialReportTellsTheMailbox() {
        String unit = People.communeWithFocalPoint(People.address("dau-moi"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Filed incident = file(reporter, unit, Map.of());
        Map<String, Object> report = OfficialReports.anyKind(incident.id());
        OfficialReports.record(reporter.token(), incident.id(), report);

        List<Queued> recorded = Queued.about(db, incident.reference(), "REPORT_RECORDED");
        assertEquals(1, recorded.size());
        assertEquals(List.of(People.MAILBOX), recorded.get(0).recipients());
        assertThat(recorded.get(0).subject(), startsWith("[" + incident.reference() + "] Đã ghi nhận báo cáo chính thức"));
        assertThat(recorded.get(0).text(), containsString("Số văn bản: 125/BC-UBND"));
        assertThat(recorded.get(0).text(), containsString("Hình thức: Hệ thống quản lý văn bản"));
        assertThat(recorded.get(0).text(), containsString("(RESPONSE-TEAM)"));
        assertThat(recorded.get(0).text(), containsString("Người ghi nhận: Trần Thị Hoa"));
    }

    @Test
    void aRedIncidentsMessagesHoldItsReferenceAndLinkOnly() {
        String focalPoint = People.address("dau-moi-do");
        String unit = People.communeWithFocalPoint(focalPoint);
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Filed incident = file(reporter, unit, Map.of("tlp", "RED", "title", "TIEUDE-DO máy chủ thư",
                "description", "MOTA-DO tài khoản bị chiếm"));
        Triage.assign(Tokens.coordinator(), incident.id(), responder.id());
        Api.as(responder.token()).body(Map.of("body", "BINHLUAN-DO đã đổi mật khẩu"))
                .post("/api/v1/incidents/" + incident.id() + "/comments").then().statusCode(201);

        List<Queued> messages = Queued.about(db, incident.reference());
        assertEquals(List.of("INCIDENT_NEW", "INCIDENT_RECEIPT", "INCIDENT_ASSIGNED", "COMMENT"),
                messages.stream().map(Queued::kind).toList());
        assertEquals("[" + incident.reference() + "] Sự cố mới / New incident", messages.get(0).subject());
        for (Queued message : messages) {
            for (String body : List.of(message.subject(), message.text(), message.html())) {
                for (String secret : List.of("TIEUDE-DO", "MOTA-DO", "BINHLUAN-DO", unit, "Trần Thị Hoa",
                        "Nguyễn Văn An", "DEFACEMENT", "thay đổi giao diện")) {
                    assertThat(message.kind(), body, not(containsString(secret)));
                }
            }
            assertThat(message.text(), containsString(LINK_BASE + incident.id()));
            assertThat(message.html(), containsString(LINK_BASE + incident.id()));
            assertThat(message.text(), containsString("TLP:RED"));
        }
    }

    @Test
    void aStateSecretIncidentsMessagesNeverHoldItsTitleDescriptionOrWrittenText() {
        String unit = People.communeWithFocalPoint(People.address("dau-moi-mat"));
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        Filed incident = file(reporter, unit, Map.of("stateSecret", true, "title", "TIEUDE-MAT máy tính văn thư",
                "description", "MOTA-MAT tóm tắt"));
        Triage.assign(Tokens.coordinator(), incident.id(), responder.id());
        Api.as(reporter.token()).body(Map.of("body", "BINHLUAN-MAT đã ngắt mạng"))
                .post("/api/v1/incidents/" + incident.id() + "/comments").then().statusCode(201);
        Api.as(Tokens.coordinator()).body(Map.of("body", "GHICHU-MAT nội bộ", "internal", true))
                .post("/api/v1/incidents/" + incident.id() + "/comments").then().statusCode(201);

        List<Queued> messages = Queued.about(db, incident.reference());
        assertEquals(List.of("INCIDENT_NEW", "INCIDENT_RECEIPT", "INCIDENT_ASSIGNED", "COMMENT", "INTERNAL_NOTE"),
                messages.stream().map(Queued::kind).toList());
        for (Queued message : messages) {
            for (String body : List.of(message.subject(), message.text(), message.html())) {
                for (String secret : List.of("TIEUDE-MAT", "MOTA-MAT", "BINHLUAN-MAT", "GHICHU-MAT")) {
                    assertThat(message.kind(), body, not(containsString(secret)));
                }
            }
            assertThat(message.text(), containsString("bí mật nhà nước"));
            assertThat(message.text(), containsString(LINK_BASE + incident.id()));
        }
        // the facts needed to act stay: the unit and the clocks
        assertThat(messages.get(0).text(), containsString("Đơn vị: UBND xã " + unit));
        assertThat(messages.get(0).text(), containsString("Thời hạn đang chạy:"));
        assertThat(messages.get(3).text(), containsString("(nội dung không gửi qua thư điện tử)"));
    }

    @Test
    void aPersonWhoTurnedEmailOffHearsNothingButTheUnitMailboxStillDoes() {
        String focalPoint = People.address("dau-moi-tat");
        String unit = People.communeWithFocalPoint(focalPoint);
        // the focal point is a person of the directory who turned e-mail off
        Person focal = People.unknown(Roles.REPORTER, unit, "Lê Văn Bình", focalPoint);
        People.chooseEmail(focal, false);
        Person reporter = People.known(Roles.REPORTER, unit, "Trần Thị Hoa");
        People.chooseEmail(reporter, false);
        Person responder = People.known(Roles.RESPONDER, null, "Nguyễn Văn An");
        People.chooseEmail(responder, false);
        Filed incident = file(reporter, unit, Map.of());
        Triage.assign(Tokens.coordinator(), incident.id(), responder.id());
        Api.as(Tokens.coordinator()).body(Map.of("body", "Đề nghị cập nhật tình hình"))
                .post("/api/v1/incidents/" + incident.id() + "/comments").then().statusCode(201);

        assertEquals(List.of("INCIDENT_NEW"), Queued.about(db, incident.reference()).stream().map(Queued::kind)
                .toList(), "no receipt, no assignment, no comment: only the mailbox's message");
        assertEquals(List.of(People.MAILBOX), Queued.about(db, incident.reference()).get(0).recipients());

        People.chooseEmail(responder, true);
        Api.as(Tokens.coordinator()).body(Map.of("body", "Đề nghị cập nhật lần hai"))
                .post("/api/v1/incidents/" + incident.id() + "/comments").then().statusCode(201);
        List<Queued> comments = Queued.about(db, incident.reference(), "COMMENT");
        assertEquals(1, comments.size());
        assertEquals(List.of(responder.email()), comments.get(0).recipients());
    }
}
