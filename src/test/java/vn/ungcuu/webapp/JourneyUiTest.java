package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ungcuu.audit.AuditSealer;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/**
 * Issue 18's "done when", in the browser from start to end: the commune's focal point opens the link
 * {@code token --url} prints and files an incident in Vietnamese from a phone; a coordinator finds it on the board,
 * assesses, triages, assigns and escalates it; the provincial team acknowledges and completes its part; the
 * responder resolves it and the coordinator closes it; an auditor finds its trail and checks the chain. Every step a
 * person takes goes through the screens, each person in their own window; the API only registers the unit before and
 * reads the outcome after.
 */
@QuarkusTest
class JourneyUiTest {

    private static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6}");
    private static final String TITLE = "Cổng dịch vụ công của xã bị mã hóa dữ liệu";
    private static final String DESCRIPTION = "Sáng nay cán bộ một cửa không mở được hồ sơ, màn hình hiện thông báo đòi tiền chuộc.";
    private static final String SYSTEM = "Cổng dịch vụ công xã";
    private static final String SERIOUS_REASON = "Người dân không nộp được hồ sơ trực tuyến cả ngày";
    private static final String ESCALATION_REASON = "Xã không đủ người và công cụ để khôi phục dữ liệu bị mã hóa";
    private static final String MEASURES = "Đã ngắt mạng máy chủ, giữ nguyên hiện trạng";
    private static final String SUPPORT = "Phân tích mã độc, khôi phục dữ liệu từ bản sao lưu";
    private static final String RESOLUTION = "Đã khôi phục dữ liệu từ bản sao lưu, cài lại máy chủ, đổi mật khẩu";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AuditSealer sealer;

    @Test
    void anIncidentFiledFromAPhoneIsTriagedEscalatedResolvedAndClosedByThePeopleThePlanNames() {
        // set up as an administrator would: a fresh commune with its level-4 public-service portal
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body(Map.of("unitCode", unit, "name", SYSTEM, "securityLevel", 4))
                .post("/api/v1/systems").then().statusCode(201);
        String id = UUID.randomUUID().toString().substring(0, 8);
        String reporter = Tokens.person("reporter-" + id, "Lê Văn Bình", null, List.of("reporter"), unit);
        String coordinator = Tokens.person("coordinator-" + id, "Trần Thị Hoa", "hoa.tt@thanhhoa.gov.vn",
                List.of("coordinator"), null);
        // names repeat between tests and runs on one database: the e-mail tells this responder apart in the picker
        String responderEmail = "hung.nv." + id + "@congan.thanhhoa.gov.vn";
        String responder = Tokens.person("responder-" + id, "Nguyễn Văn Hùng", responderEmail, List.of("responder"), null);
        String provincial = Tokens.person("provincial-" + id, "Phạm Minh Đức", "duc.pm@stttt.thanhhoa.gov.vn",
                List.of("provincial"), null);
        String auditor = Tokens.auditor();
        // the people directory learns the responder from their first call, so the coordinator can pick them by name
        Api.as(responder).get("/api/v1/regimes").then().statusCode(200);

        // 1. the commune's focal point files it from a phone, with the link `token --url` prints
        String reference;
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(reporter, null);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Danh mục")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo sự cố")).click();
            assertThat(heading(page)).hasText("Báo cáo sự cố");
            page.getByLabel("Tiêu đề", new Page.GetByLabelOptions().setExact(true)).fill(TITLE);
            page.getByLabel("Mô tả", new Page.GetByLabelOptions().setExact(true)).fill(DESCRIPTION);
            page.getByLabel("Loại sự cố", new Page.GetByLabelOptions().setExact(true)).selectOption("RANSOMWARE");
            page.getByLabel(SYSTEM).check();
            page.getByLabel("Đơn vị không tự xử lý được, cần hỗ trợ").check();
            b.assertAccessible();
            button(page, "Gửi báo cáo").click();
            assertThat(heading(page)).hasText("Đã gửi báo cáo sự cố");
            Locator shown = page.getByText(REFERENCE);
            assertThat(shown).isVisible();
            reference = shown.textContent().trim();
            assertEquals(Boolean.TRUE, page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "no sideways scroll");
            b.assertAccessible();
            b.screenshot("journey-1-receipt");
        }
        JsonPath filed = Api.as(coordinator).queryParam("unitCode", unit).get("/api/v1/incidents").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(reference), filed.getList("items.reference"), "the receipt shows the stored reference");
        String incident = filed.getString("items[0].id");

        // 2. a coordinator finds it on the board, assesses, triages, assigns and escalates it
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(coordinator, null);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bảng điều phối")).click();
            page.getByLabel("Tìm theo mã, tiêu đề, mô tả").fill(reference);
            button(page, "Lọc").click();
            Locator found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true));
            assertThat(found).hasCount(1);
            b.assertAccessible();
            found.click();
            assertThat(heading(page)).hasText(TITLE);
            assertThat(page.locator(".incident-facts")).containsText("Mới tiếp nhận");
            b.assertAccessible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá mức độ")).first().click();
            assertThat(heading(page)).hasText("Đánh giá mức độ sự cố");
            page.getByLabel("Hệ thống ngừng hoạt động, gián đoạn dịch vụ").check();
            page.getByLabel("Không tự xử lý được", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Ảnh hưởng đến hoạt động").selectOption(new SelectOption().setLabel("Nặng, không phục vụ được"));
            page.getByLabel("Hệ thống thông tin bị gián đoạn nghiêm trọng").check();
            page.getByLabel("Vượt quá khả năng ứng phó, khắc phục của đơn vị").check();
            page.getByLabel("Sự cố nghiêm trọng (đơn vị quyết định và ghi lý do)").check();
            page.getByLabel("Lý do xác định là nghiêm trọng").fill(SERIOUS_REASON);
            b.assertAccessible();
            button(page, "Đánh giá").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu đánh giá")))
                    .containsText("Rất nghiêm trọng");
            Locator result = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Kết quả đánh giá"));
            assertThat(result).containsText("Sự cố nghiêm trọng");
            assertThat(result).containsText("Phải chuyển lên tỉnh");
            assertThat(result).containsText("phải chuyển lên tỉnh"); // a rule that fired says so
            b.assertAccessible();

            result.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Về trang sự cố")).click();
            assertThat(heading(page)).hasText(TITLE);
            Locator actions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Thao tác"));
            button(actions, "Phân loại, tiếp nhận").click();
            assertThat(page.locator(".incident-facts")).containsText("Đã phân loại");

            actions.getByLabel("Cán bộ xử lý").selectOption(
                    new SelectOption().setLabel("Nguyễn Văn Hùng — " + responderEmail));
            button(actions, "Giao việc").click();
            assertThat(actions.getByRole(AriaRole.STATUS)).hasText("Đã giao người xử lý.");
            assertThat(page.locator(".incident-facts")).containsText("Nguyễn Văn Hùng");

            button(actions, "Chuyển lên tỉnh").click();
            actions.getByLabel("Lý do", new Locator.GetByLabelOptions().setExact(true)).fill(ESCALATION_REASON);
            actions.getByLabel("Biện pháp đã thực hiện").fill(MEASURES);
            actions.getByLabel("Đề nghị tỉnh hỗ trợ").fill(SUPPORT);
            b.assertAccessible();
            button(actions, "Xác nhận").click();
            assertThat(actions.getByRole(AriaRole.STATUS)).hasText("Đã thực hiện: Chuyển lên tỉnh.");
            assertThat(page.locator(".incident-facts")).containsText("Đã chuyển lên tỉnh");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chuyển tỉnh")).click();
            Locator panel = page.getByRole(AriaRole.TABPANEL);
            assertThat(panel).containsText("Chờ tỉnh nhận");
            assertThat(panel).containsText(ESCALATION_REASON);
            b.assertAccessible();
            b.screenshot("journey-2-escalated");
        }

        // 3. the provincial team reads the escalation with its initial report, acknowledges it, then completes it
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(provincial, null);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hộp thư đội ứng cứu tỉnh")).click();
            Locator card = page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(Pattern.compile(reference)));
            assertThat(card.getByText("Chờ tiếp nhận")).isVisible();
            assertThat(card).containsText(ESCALATION_REASON);
            Locator report = card.getByRole(AriaRole.GROUP) // <details>: the initial report
                    .filter(new Locator.FilterOptions().setHasText("Báo cáo ban đầu"));
            assertThat(report).containsText("Báo cáo ban đầu");
            assertThat(report).containsText(DESCRIPTION);
            assertThat(report).containsText(SYSTEM);
            assertThat(report).containsText(MEASURES);
            assertThat(report).containsText(SUPPORT);
            assertThat(report).containsText("Sự cố nghiêm trọng");
            b.assertAccessible();
            button(card, "Xác nhận đã tiếp nhận").click();
            assertThat(card.getByRole(AriaRole.STATUS)).hasText("Đã xác nhận tiếp nhận.");
            button(card, "Báo hoàn thành…").click();
            button(card, "Xác nhận hoàn thành").click();
            assertThat(card.getByRole(AriaRole.STATUS)).hasText("Đã báo hoàn thành.");
            assertThat(card.getByText("Yêu cầu này đã kết thúc")).isVisible();
            b.assertAccessible();
            b.screenshot("journey-3-province");
        }

        // 4. the responder it was assigned to resolves it; the coordinator closes it
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(responder, null);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Danh mục")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Việc của tôi")).click();
            Locator mine = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true));
            assertThat(mine.first()).isVisible();
            b.assertAccessible();
            mine.first().click();
            assertThat(heading(page)).hasText(TITLE);
            Locator actions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Thao tác"));
            button(actions, "Báo đã xử lý xong").click();
            actions.getByLabel("Đã xử lý thế nào").fill(RESOLUTION);
            b.assertAccessible();
            button(actions, "Xác nhận").click();
            assertThat(actions.getByRole(AriaRole.STATUS)).hasText("Đã thực hiện: Báo đã xử lý xong.");
            assertThat(page.locator(".incident-facts")).containsText("Đã xử lý xong");
            assertThat(button(page, "Đóng sự cố")).hasCount(0); // closing is the coordinator's
        }
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(coordinator, null);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bảng điều phối")).click();
            page.getByLabel("Tìm theo mã, tiêu đề, mô tả").fill(reference);
            button(page, "Lọc").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true)).click();
            assertThat(heading(page)).hasText(TITLE);
            assertThat(page.locator(".incident-facts")).containsText("Đã xử lý xong");
            Locator actions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Thao tác"));
            button(actions, "Đóng sự cố").click();
            actions.getByLabel("Tóm tắt", new Locator.GetByLabelOptions().setExact(true))
                    .fill("Mã độc tống tiền mã hóa dữ liệu cổng dịch vụ công; đã khôi phục với hỗ trợ của tỉnh");
            actions.getByLabel("Nguyên nhân", new Locator.GetByLabelOptions().setExact(true))
                    .fill("Máy chủ mở dịch vụ truy cập từ xa với mật khẩu yếu");
            actions.getByLabel("Bài học kinh nghiệm", new Locator.GetByLabelOptions().setExact(true))
                    .fill("Đóng truy cập từ xa, sao lưu ngoại tuyến hằng tuần");
            actions.getByLabel("Lý do đóng khi còn việc chưa xong")
                    .fill("Các bước còn lại do xã tự thực hiện theo hướng dẫn của tỉnh");
            b.assertAccessible();
            button(actions, "Xác nhận").click();
            assertThat(page.locator(".incident-facts")).containsText("Đã đóng");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử")).click();
            Locator history = page.getByRole(AriaRole.TABPANEL);
            for (String step : List.of("Báo cáo sự cố", "Đánh giá mức độ", "Phân loại", "Chuyển lên tỉnh",
                    "Tỉnh xác nhận đã nhận", "Tỉnh hoàn thành phần việc", "Xử lý xong", "Đóng")) {
                assertThat(history.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName(step).setExact(true))
                        .first()).isVisible();
            }
            // who did each step, and what changed, in words: the assignee by name, statuses as the screens say them
            Locator assigned = history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                    page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Sửa thông tin"))));
            assertThat(assigned).containsText("Trần Thị Hoa");
            assertThat(assigned).containsText("Người xử lý: — → Nguyễn Văn Hùng");
            Locator resolved = history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                    page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Xử lý xong").setExact(true))));
            assertThat(resolved).containsText("Nguyễn Văn Hùng");
            assertThat(resolved).containsText("Trạng thái: Đã chuyển lên tỉnh → Đã xử lý xong");
            Locator acknowledged = history.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                    page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Tỉnh xác nhận đã nhận"))));
            assertThat(acknowledged).containsText("Phạm Minh Đức");
            assertThat(acknowledged).containsText("Tình trạng chuyển tỉnh: — → Tỉnh đã nhận, đang hỗ trợ");
            b.assertAccessible();
            b.screenshot("journey-4-closed");
        }

        // 5. an auditor finds the incident's trail and checks the chain
        sealer.sealPending(); // the sealing job is off in tests
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(auditor, null);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký")).click();
            page.getByLabel("Mã hồ sơ").fill(incident);
            button(page, "Lọc").click();
            Locator entries = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(incident));
            for (String action : List.of("CREATE", "ASSESS", "TRIAGE", "ESCALATE", "PROVINCIAL_ACKNOWLEDGE",
                    "PROVINCIAL_COMPLETE", "RESOLVE", "CLOSE")) {
                assertThat(entries.filter(new Locator.FilterOptions().setHasText(action)).first()).isVisible();
            }
            b.assertAccessible();
            button(page, "Kiểm tra chuỗi").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Chuỗi nhật ký toàn vẹn"))).isVisible();
            b.assertAccessible();
        }

        // what the service stored: the incident closed, each step by the person who took it, the escalation completed
        JsonPath stored = Api.as(coordinator).get("/api/v1/incidents/" + incident).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("CLOSED", stored.getString("status"));
        assertEquals("CRITICAL", stored.getString("severity"));
        assertEquals("SERIOUS", stored.getString("legalClass"));
        assertEquals(Tokens.subjectOf(responder), stored.getString("assignee"));
        assertEquals(RESOLUTION, stored.getString("resolution"));
        assertEquals(TITLE, stored.getString("title"));
        assertEquals("RANSOMWARE", stored.getString("category"));
        assertTrue(stored.getBoolean("beyondCapacity"));

        List<Map<String, Object>> history = Api.as(coordinator).queryParam("limit", 100)
                .get("/api/v1/incidents/" + incident + "/history").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String coordinatorSub = Tokens.subjectOf(coordinator);
        String provincialSub = Tokens.subjectOf(provincial);
        List<String> steps = new ArrayList<>();
        for (Map<String, Object> entry : history) {
            steps.add(entry.get("action") + " by " + entry.get("actor"));
        }
        assertActor(steps, "CREATE", Tokens.subjectOf(reporter));
        assertActor(steps, "ASSESS", coordinatorSub);
        assertActor(steps, "TRIAGE", coordinatorSub);
        assertActor(steps, "ESCALATE", coordinatorSub);
        assertActor(steps, "PROVINCIAL_ACKNOWLEDGE", provincialSub);
        assertActor(steps, "PROVINCIAL_COMPLETE", provincialSub);
        assertActor(steps, "RESOLVE", Tokens.subjectOf(responder));
        assertActor(steps, "CLOSE", coordinatorSub);
        assertTrue(history.stream().anyMatch(entry -> "UPDATE".equals(entry.get("action"))
                && coordinatorSub.equals(entry.get("actor"))
                && String.valueOf(entry.get("changes")).contains("field=assignee")
                && String.valueOf(entry.get("changes")).contains(Tokens.subjectOf(responder))),
                "the coordinator's assignment is in the history: " + steps);

        String escalation = Api.as(coordinator).get("/api/v1/incidents/" + incident + "/history").then()
                .extract().path("items.find { it.action == 'ESCALATE' }.changes.find { it.field == 'escalation.id' }.to");
        JsonPath escalated = Api.as(coordinator).get("/api/v1/escalations/" + escalation).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("COMPLETED", escalated.getString("status"));
        assertEquals(provincialSub, escalated.getString("acknowledgedBy"));
        assertEquals(ESCALATION_REASON, escalated.getString("reason"));
        assertEquals(MEASURES, escalated.getString("initialReport.measuresTaken"));
        assertEquals(SUPPORT, escalated.getString("initialReport.supportRequested"));
    }

    /** The history holds the action, taken by that person, exactly once. */
    private static void assertActor(List<String> steps, String action, String actor) {
        assertEquals(1, steps.stream().filter(step -> step.startsWith(action + " by ")).count(),
                action + " once in " + steps);
        assertTrue(steps.contains(action + " by " + actor), action + " by " + actor + " in " + steps);
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
