package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.DocumentText;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The incident page and the assessment form as a coordinator works them: triage, assess, assign, report. */
@QuarkusTest
class IncidentCoordinatorUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aCoordinatorTriagesAssessesAssignsAndRecordsThe72HourReport() throws Exception {
        Reporter reporter = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(reporter.token(), "Cổng thông tin xã bị thay đổi giao diện",
                Map.of("category", "DEFACEMENT", "detectedAt", MovableTimeSource.current().minus(3, ChronoUnit.HOURS).toString()));
        assertTrue(MovableTimeSource.current().isAfter(Instant.parse("2026-07-01T00:00:00Z")), "detected under the 2026 rules");
        String coordinator = Tokens.coordinator();
        String responder = "responder-" + UUID.randomUUID().toString().substring(0, 8);
        // the people directory learns a person from their token the first time they call
        // names repeat between tests and runs on one database: the e-mail tells this responder apart in the picker
        String responderEmail = responder + "@congan.thanhhoa.gov.vn";
        Api.as(Tokens.person(responder, "Nguyễn Văn Hùng", responderEmail, List.of("responder"), null))
                .get("/api/v1/regimes").then().statusCode(200);

        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(coordinator, "/su-co/" + incident);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Cổng thông tin xã bị thay đổi giao diện");
            assertThat(page.locator(".incident-facts")).containsText("Mới tiếp nhận");
            Locator report72h = page.locator(".obligation[data-kind=REPORT_72H]");
            assertThat(report72h).containsText("Chưa thực hiện");
            assertThat(report72h.locator(".countdown")).hasText(java.util.regex.Pattern.compile("^còn 2 ngày 2[01] giờ$"));
            assertThat(report72h.locator(".countdown")).not().hasClass(java.util.regex.Pattern.compile("overdue"));
            Locator triage = button(page, "Phân loại, tiếp nhận");
            assertThat(triage).isDisabled();
            assertThat(page.getByText("Cần đánh giá mức độ sự cố trước khi phân loại.")).isVisible();
            b.assertAccessible();

            // the assessment form: the 2026 questions, then the computed severity and the rules that fired
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá mức độ")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đánh giá mức độ sự cố")))
                    .isVisible();
            assertThat(page.getByText("Hệ thống thông tin bị gián đoạn nghiêm trọng")).isVisible();
            b.assertAccessible();
            page.getByLabel("Hệ thống ngừng hoạt động, gián đoạn dịch vụ").check();
            page.getByLabel("Không tự xử lý được").check();
            page.getByLabel("Sự cố nghiêm trọng (đơn vị quyết định và ghi lý do)").check();
            button(page, "Đánh giá").click();
            assertThat(page.getByLabel("Lý do xác định là nghiêm trọng")).hasAttribute("aria-invalid", "true");
            page.getByLabel("Lý do xác định là nghiêm trọng").fill("Cổng dịch vụ công của xã ngừng phục vụ người dân");
            page.getByLabel("Có dữ liệu cá nhân bị lộ, mất hoặc bị xâm phạm").check();
            page.getByLabel("cơ bản").check();
            page.getByLabel("Có thể gây hại cho người có dữ liệu").check();
            page.getByLabel("Ước tính số người bị ảnh hưởng").fill("1200");
            page.getByLabel("Những dữ liệu nào").fill("họ tên, số điện thoại");
            button(page, "Đánh giá").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu đánh giá")))
                    .isVisible();
            assertThat(page.locator(".assessment-result")).containsText("Cao");
            assertTrue(page.locator(".fired-rules li").count() > 0, "the rules that fired are listed");
            assertThat(page.locator(".fired-rules")).containsText("owner cannot handle");
            b.assertAccessible();

            // back on the page: the severity with its why, then triage with the button
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Về trang sự cố")).first().click();
            assertThat(page.locator(".incident-facts")).containsText("Cao");
            page.getByText("Vì sao mức độ này?").click();
            assertThat(page.locator(".why")).containsText("owner cannot handle");
            button(page, "Phân loại, tiếp nhận").click();
            assertThat(page.locator(".incident-facts")).containsText("Đã phân loại");
            assertThat(page.locator(".obligation[data-kind=INITIAL_NOTICE]")).isVisible();
            assertThat(page.locator(".obligation[data-kind=PDP_NOTICE]")).containsText("Chưa thực hiện");

            // assign a responder, picked by name
            page.getByLabel("Cán bộ xử lý").selectOption(new SelectOption().setLabel("Nguyễn Văn Hùng — " + responderEmail));
            button(page, "Giao việc").click();
            assertThat(page.getByText("Đã giao người xử lý.")).isVisible();
            assertThat(page.locator(".incident-facts")).containsText("Nguyễn Văn Hùng");

            // the 72-hour report, recorded in its tab
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Báo cáo chính thức")).click();
            assertThat(page.getByLabel("Loại báo cáo")).isVisible();
            page.getByLabel("Loại báo cáo").selectOption("REPORT_72H");
            assertThat(page.getByLabel("Nơi nhận")).hasValue("PA05");
            page.getByLabel("Số văn bản").fill("125/BC-UBND");
            page.getByLabel("Nguyên nhân").fill("Mật khẩu quản trị yếu");
            page.getByLabel("Phạm vi ảnh hưởng").fill("Cổng thông tin của xã");
            page.getByLabel("Biện pháp đã thực hiện").fill("Khôi phục từ bản sao lưu, đổi mật khẩu");
            page.getByLabel("Tình trạng hiện tại").fill("Đã hoạt động lại");
            page.getByLabel("Đề nghị hỗ trợ").fill("Không");
            b.assertAccessible();
            button(page, "Ghi nhận báo cáo").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã ghi nhận báo cáo")))
                    .containsText("Báo cáo nguyên nhân");
            assertThat(page.locator(".official-report")).containsText("125/BC-UBND");
            assertThat(page.locator(".obligation[data-kind=REPORT_72H]")).containsText("Đã thực hiện");
            // ... and downloaded as the document to sign: the Word file holds what was just recorded
            Download document = page.waitForDownload(() -> button(page, "Tải văn bản để sửa, ký (Word)").click());
            assertTrue(document.suggestedFilename().matches("SC-\\d{4}-\\d{6}-REPORT_72H\\.docx"),
                    document.suggestedFilename());
            DocumentText.assertContainsAll(DocumentText.docx(Files.readAllBytes(document.path())),
                    List.of("Số: 125/BC-UBND", "Mật khẩu quản trị yếu", "Khôi phục từ bản sao lưu, đổi mật khẩu"));

            // every other tab, in its main state, by keyboard from the tab list
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Báo cáo chính thức")).focus();
            page.keyboard().press("ArrowRight");
            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử")))
                    .hasAttribute("aria-selected", "true");
            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử"))).isFocused();
            assertThat(page.locator("table.history")).containsText("Ghi nhận báo cáo chính thức");
            assertThat(page.locator("table.history")).containsText("Đánh giá mức độ");
            b.assertAccessible();
            for (String tab : List.of("Tổng quan", "Công việc", "Trao đổi", "Tệp", "Chuyển tỉnh")) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)).click();
                assertThat(page.locator("[role=tabpanel]:not([hidden]) h2")).hasText(tab);
                assertThat(page.locator("[role=tabpanel]:not([hidden]) [role=status]")).hasCount(0);
                b.assertAccessible();
            }
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tổng quan")).click();
            b.screenshot("incident-coordinator");
        }

        JsonPath stored = Api.as(coordinator).get("/api/v1/incidents/" + incident).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("TRIAGED", stored.getString("status"));
        assertEquals("HIGH", stored.getString("severity"));
        assertEquals(responder, stored.getString("assignee"));
        assertEquals("vn-2026", stored.getString("regime.id"));
        assertEquals("MET", stored.getString("deadlines.find { it.kind == 'REPORT_72H' }.status"));
        assertEquals(true, stored.getBoolean("personalData.affected"));
        assertEquals(List.of("BASIC"), stored.getList("personalData.categories"));
        assertEquals(1200, stored.getInt("personalData.subjects"));
        assertEquals(List.of("họ tên", "số điện thoại"), stored.getList("personalData.dataTypes"));
        Api.as(coordinator).get("/api/v1/incidents/" + incident + "/reports").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].kind", equalTo("REPORT_72H"))
                .body("items[0].recipient", equalTo("PA05")).body("items[0].content.cause", equalTo("Mật khẩu quản trị yếu"))
                .body("items[0].met", hasItems("REPORT_72H"));
        Api.as(coordinator).queryParam("limit", 100).get("/api/v1/incidents/" + incident + "/history").then()
                .statusCode(200).body("items.action", hasItems("CREATE", "ASSESS", "TRIAGE", "UPDATE", "REPORT_RECORDED"))
                .body("items.findAll { it.action == 'UPDATE' }.changes.flatten().find { it.field == 'assignee' }.to", equalTo(responder))
                .body("items.findAll { it.action == 'UPDATE' }.changes.flatten().find { it.field == 'personalData' }", notNullValue());
    }

    @Test
    void aStaleWriteSaysSomeoneElseChangedItAndTheReloadShowsTheirChange() {
        String coordinator = Tokens.coordinator();
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        Triage.assess(coordinator, incident);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(coordinator, "/su-co/" + incident);
            assertThat(button(page, "Phân loại, tiếp nhận")).isEnabled();

            // meanwhile, another coordinator renames it
            Api.as(coordinator).contentType(Api.MERGE_PATCH).body(Map.of("title", "Máy chủ một cửa nhiễm mã độc (đã xác minh)"))
                    .patch("/api/v1/incidents/" + incident).then().statusCode(200);

            button(page, "Phân loại, tiếp nhận").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Người khác vừa thay đổi sự cố này");
            b.assertAccessible();
            assertEquals(360, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                    "no horizontal scrolling at 360 px");
            Fixtures.assertIncidentStatus(incident, "NEW");

            button(page, "Tải lại").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Máy chủ một cửa nhiễm mã độc (đã xác minh)");
            assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
            button(page, "Phân loại, tiếp nhận").click();
            assertThat(page.locator(".incident-facts")).containsText("Đã phân loại");
        }
        Fixtures.assertIncidentStatus(incident, "TRIAGED");
    }

    @Test
    void anActionThatNeedsAReasonAsksForItAndTheServiceRecordsIt() {
        String coordinator = Tokens.coordinator();
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(coordinator, "/su-co/" + incident);
            button(page, "Không tiếp nhận").click();
            button(page, "Xác nhận").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Lý do");
            assertThat(page.getByLabel("Lý do", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
            b.assertAccessible();
            page.getByLabel("Lý do", new Page.GetByLabelOptions().setExact(true)).fill("Báo cáo thử nghiệm, không phải sự cố");
            button(page, "Xác nhận").click();
            assertThat(page.locator(".incident-facts")).containsText("Không tiếp nhận");
            assertThat(page.locator(".obligation").first()).containsText("Được miễn");
            b.assertAccessible();
        }
        Api.as(coordinator).get("/api/v1/incidents/" + incident).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("Báo cáo thử nghiệm, không phải sự cố"));
    }

    @Test
    void anEscalatedIncidentShowsTheEscalationAndTheProvincesSteps() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        Api.as(Tokens.provincial()).header("If-Match", "\"0\"").post("/api/v1/escalations/" + escalated.escalationId()
                + "/acknowledge").then().statusCode(200);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(coordinator, "/su-co/" + escalated.incidentId());
            assertThat(page.locator(".incident-facts")).containsText("Đã chuyển lên tỉnh");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chuyển tỉnh")).click();
            assertThat(page.locator(".escalation")).containsText("Tỉnh đã nhận, đang hỗ trợ");
            assertThat(page.locator(".escalation")).containsText("lý do escalate");
            assertThat(page.locator(".escalation")).containsText("Đã ngắt kết nối Internet của máy chủ");
            assertThat(page.locator(".escalation-steps")).containsText("Tỉnh xác nhận đã nhận");
            b.assertAccessible();
        }
    }

    @Test
    void withoutAPeopleDirectoryTheAssigneeIsGivenByIdAndSaved() {
        String coordinator = Tokens.coordinator();
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        try (Browsing b = Browsing.phone(app)) {
            // a service without the directory answers 404 there
            b.page().route("**/api/v1/people**", route -> route.fulfill(new Route.FulfillOptions().setStatus(404)
                    .setContentType(Api.PROBLEM_JSON).setBody("{\"type\":\"urn:ungcuu:problem:not-found\",\"status\":404}")));
            Page page = b.signIn(coordinator, "/su-co/" + incident);
            assertThat(page.getByText("Chưa có danh bạ cán bộ")).isVisible();
            page.getByLabel("Mã người xử lý").fill("responder-ca-xa");
            button(page, "Giao việc").click();
            assertThat(page.getByText("Đã giao người xử lý.")).isVisible();
            assertThat(page.locator(".incident-facts")).containsText("responder-ca-xa");
            b.assertAccessible();
        }
        Api.as(coordinator).get("/api/v1/incidents/" + incident).then().body("assignee", equalTo("responder-ca-xa"));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
