package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Units;

/**
 * Báo cáo sự cố: the commune focal point files an incident from a phone, over a link that may drop, with the
 * keyboard only, and gets the reference and the clocks the filing started. What the screen shows is checked against
 * what the service stored.
 */
@QuarkusTest
class ReporterFilingUiTest {

    static final String FORM = "/bao-cao-su-co";
    static final ZoneId DISTRICT = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Pattern REFERENCE = Pattern.compile("SC-\\d{4}-\\d{6}");

    @TestHTTPResource("/")
    URL app;

    @Test
    void aReporterFilesFromAPhoneAndSeesTheReferenceAndTheClocks() {
        String unit = newUnit();
        String system = Fixtures.system(unit, 2);
        String reporter = Tokens.reporter(unit);
        LocalDateTime detected = LocalDateTime.now(DISTRICT).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(reporter, FORM);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Báo cáo sự cố")))
                    .isVisible();
            assertThat(page.getByLabel("Hệ thống cấp 2")).isVisible();
            assertNoSidewaysScroll(page);
            b.assertAccessible();

            field(page, "Tiêu đề").fill("Cổng thông tin xã bị thay đổi giao diện");
            field(page, "Mô tả").fill("Sáng nay trang chủ hiển thị nội dung lạ, đã tạm dừng trang.");
            field(page, "Loại sự cố").selectOption("DEFACEMENT");
            assertThat(field(page, "Loại sự cố").locator("option:checked"))
                    .hasText("Trang web bị thay đổi giao diện, nội dung");
            field(page, "Thời điểm phát hiện").fill(detected.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            page.getByLabel("Hệ thống cấp 2").check();
            page.getByLabel("Đơn vị không tự xử lý được, cần hỗ trợ").check();
            page.getByLabel("Sự cố làm lộ, mất hoặc ảnh hưởng đến dữ liệu cá nhân").check();
            page.getByLabel("Dữ liệu cơ bản").check();
            field(page, "Số người bị ảnh hưởng (ước tính)").fill("120");
            field(page, "Những thông tin nào bị ảnh hưởng").fill("Họ tên, Số điện thoại");
            assertNoSidewaysScroll(page);
            b.screenshot("reporter-filing");

            send(page);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đã gửi báo cáo sự cố")))
                    .isVisible();
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            JsonPath stored = onlyIncidentOf(unit);
            assertThat(page.locator(".receipt .reference")).hasText(stored.getString("reference"));
            assertEquals("Cổng thông tin xã bị thay đổi giao diện", stored.getString("title"));
            assertEquals("Sáng nay trang chủ hiển thị nội dung lạ, đã tạm dừng trang.", stored.getString("description"));
            assertEquals("DEFACEMENT", stored.getString("category"));
            assertEquals(detected.atZone(DISTRICT).toInstant(),
                    OffsetDateTime.parse(stored.getString("detectedAt")).toInstant());
            assertEquals(List.of(system), stored.getList("affectedSystemIds"));
            assertTrue(stored.getBoolean("beyondCapacity"));
            assertFalse(stored.getBoolean("stateSecret"));
            assertTrue(stored.getBoolean("personalData.affected"));
            assertEquals(List.of("BASIC"), stored.getList("personalData.categories"));
            assertEquals(120, stored.getInt("personalData.subjects"));
            assertEquals(List.of("Họ tên", "Số điện thoại"), stored.getList("personalData.dataTypes"));

            // the status in plain words, and each clock the filing started with its due time and legal basis
            assertThat(page.locator(".receipt + dl")).containsText("Mới tiếp nhận");
            List<Map<String, Object>> open = stored.getList("deadlines.findAll { it.status == 'OPEN' }");
            assertFalse(open.isEmpty(), "filing starts at least one clock");
            Locator clocks = page.locator("ul.clocks > li");
            assertThat(clocks).hasCount(open.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> first = (Map<String, Object>) open.get(0).get("title");
            assertThat(clocks.first()).containsText((String) first.get("vi"));
            assertThat(clocks.first()).containsText("còn ");
            assertThat(clocks.first()).containsText("Căn cứ:");
            String recipient = (String) open.get(0).get("recipient");
            String authority = Api.as(reporter).get("/api/v1/authorities/" + recipient).then().statusCode(200)
                    .extract().path("nameVi");
            assertThat(clocks.first()).containsText("Gửi đến: " + authority);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xem sự cố")))
                    .hasAttribute("href", "#/su-co/" + stored.getString("id"));

            List<String> actions = Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + stored.getString("id")
                    + "/history").then().statusCode(200).extract().jsonPath().getList("items.action");
            assertTrue(actions.contains("CREATE"), "the audit history has the creation: " + actions);
            assertNull(page.evaluate("localStorage.getItem('ungcuu.reportDraft')"), "the draft is cleared after success");
            assertNoSidewaysScroll(page);
            b.assertAccessible();
            b.screenshot("reporter-receipt");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Báo cáo sự cố khác")).click();
            assertThat(field(page, "Tiêu đề")).hasValue("");
        }
    }

    @Test
    void aConnectionDroppedMidSubmitFilesExactlyOneIncident() {
        String unit = newUnit();
        AtomicInteger posts = new AtomicInteger();
        AtomicReference<Object> whileSending = new AtomicReference<>();
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(unit), FORM);
            // the first POST reaches the service and is filed, but its answer never comes back to the browser
            page.route("**/api/v1/incidents", route -> {
                if ("POST".equals(route.request().method()) && posts.getAndIncrement() == 0) {
                    whileSending.set(page.evaluate("[document.querySelector('#rf-send').disabled,"
                            + " document.querySelector('form [role=status]').textContent.trim()]"));
                    route.fetch();
                    route.abort("connectionreset");
                } else {
                    route.resume();
                }
            });
            fill(page, "Máy chủ một cửa mất kết nối giữa chừng");
            send(page);
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Không kết nối được máy chủ");
            assertEquals(List.of(true, "Đang gửi báo cáo… Xin đừng đóng trang."), whileSending.get(),
                    "while the request is out: the button disabled, and the progress said");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")))
                    .isEnabled();
            assertThat(field(page, "Tiêu đề")).hasValue("Máy chủ một cửa mất kết nối giữa chừng");
            assertEquals(1, incidentsOf(unit).size(), "the first attempt was filed on the service");
            b.assertAccessible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thử lại")).click();
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            assertEquals(2, posts.get(), "the retry went to the service");
            List<Map<String, Object>> filed = incidentsOf(unit);
            assertEquals(1, filed.size(), "the retry replays the first answer instead of filing again");
            assertEquals("Máy chủ một cửa mất kết nối giữa chừng", filed.get(0).get("title"));
            assertThat(page.locator(".receipt .reference")).hasText((String) filed.get(0).get("reference"));
        }
    }

    @Test
    void theDraftSurvivesAReloadWithItsOneKeyAndNoToken() {
        String unit = newUnit();
        String reporter = Tokens.reporter(unit);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(reporter, FORM);
            fill(page, "Nhận thư giả mạo Sở Tài chính");
            page.getByLabel("Đơn vị không tự xử lý được, cần hỗ trợ").check();
            String before = (String) page.evaluate("localStorage.getItem('ungcuu.reportDraft')");
            assertNotNull(before);
            page.reload();
            page.locator("main h1").waitFor();
            assertThat(field(page, "Tiêu đề")).hasValue("Nhận thư giả mạo Sở Tài chính");
            assertThat(field(page, "Mô tả")).hasValue("Phát hiện khi kiểm tra máy chủ buổi sáng.");
            assertThat(field(page, "Loại sự cố")).hasValue("MALWARE");
            assertThat(page.getByLabel("Đơn vị không tự xử lý được, cần hỗ trợ")).isChecked();
            String after = (String) page.evaluate("localStorage.getItem('ungcuu.reportDraft')");
            assertEquals(JsonPath.from(before).getString("key"), JsonPath.from(after).getString("key"),
                    "one Idempotency-Key per draft, kept with it");
            String everything = (String) page.evaluate("JSON.stringify(Object.assign({}, localStorage))");
            assertFalse(everything.contains(reporter), "no token in localStorage");
            assertEquals(0, incidentsOf(unit).size(), "nothing is filed before Gửi báo cáo");
        }
    }

    @Test
    void aReporterFilesWithTheKeyboardOnly() {
        String unit = newUnit();
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(unit), FORM);
            assertThat(page.locator("main h1")).isFocused();
            page.keyboard().press("Tab");
            assertThat(field(page, "Tiêu đề")).isFocused();
            page.keyboard().type("Tài khoản thư công vụ bị chiếm");
            page.keyboard().press("Tab");
            assertThat(field(page, "Mô tả")).isFocused();
            page.keyboard().type("Đăng nhập lạ từ nước ngoài lúc 2 giờ sáng.");
            page.keyboard().press("Tab");
            assertThat(field(page, "Loại sự cố")).isFocused();
            page.keyboard().press("ArrowDown");
            assertThat(field(page, "Loại sự cố")).not().hasValue("");
            // on to the button, ticking "cannot handle it ourselves" on the way with Space
            for (int i = 0; i < 60 && !"rf-send".equals(activeId(page)); i++) {
                page.keyboard().press("Tab");
                if ("rf-beyond".equals(activeId(page))) {
                    page.keyboard().press("Space");
                }
            }
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo"))).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            JsonPath stored = onlyIncidentOf(unit);
            assertEquals("Tài khoản thư công vụ bị chiếm", stored.getString("title"));
            assertEquals("PHISHING", stored.getString("category"));
            assertTrue(stored.getBoolean("beyondCapacity"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đã gửi báo cáo sự cố")))
                    .isFocused();
        }
    }

    @Test
    void anEmptyTitleIsShownBesideTheTitleInVietnamese() {
        String unit = newUnit();
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(Tokens.reporter(unit), FORM);
            fill(page, "");
            send(page);
            Locator title = field(page, "Tiêu đề");
            assertThat(title).hasAttribute("aria-invalid", "true");
            assertThat(title).hasAttribute("aria-describedby", "rf-title-error");
            assertThat(page.locator("#rf-title-error")).hasText("Chưa điền mục này.");
            assertThat(title).isFocused();
            assertThat(field(page, "Mô tả")).not().hasAttribute("aria-invalid", "true");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kiểm tra lại: Tiêu đề");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Mã yêu cầu");
            b.assertAccessible();
            assertEquals(0, incidentsOf(unit).size());

            title.fill("Đã sửa tiêu đề");
            assertThat(title).not().hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#rf-title-error")).hasCount(0);
            send(page);
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            assertEquals("Đã sửa tiêu đề", onlyIncidentOf(unit).getString("title"));
        }
    }

    @Test
    void aStateSecretIncidentKeepsOnlyASummaryAndNoFiles() {
        String unit = newUnit();
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(unit), FORM);
            fill(page, "Máy tính phòng một cửa có dấu hiệu bị xâm nhập");
            page.getByLabel("Sự cố liên quan đến thông tin bí mật nhà nước").check();
            assertThat(page.locator("#rf-secret-hint")).containsText("tối đa 500 ký tự");
            assertThat(page.getByLabel("Tệp chứng cứ")).hasCount(0);
            assertThat(page.getByText("không kèm tệp trên hệ thống này")).isVisible();
            field(page, "Mô tả").fill("Chi tiết ".repeat(70));
            send(page);
            assertThat(field(page, "Mô tả")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#rf-description-error"))
                    .hasText("Sự cố liên quan bí mật nhà nước chỉ ghi tóm tắt, tối đa 500 ký tự.");
            assertEquals(0, incidentsOf(unit).size());
            b.assertAccessible();

            field(page, "Mô tả").fill("Tóm tắt: máy tính có dấu hiệu bị xâm nhập; tài liệu chuyển theo đường mật.");
            send(page);
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            assertTrue(onlyIncidentOf(unit).getBoolean("stateSecret"));
        }
    }

    @Test
    void anEvidenceFileGoesUpAfterFilingWithItsProgress() {
        String unit = newUnit();
        byte[] log = "2026-12-06 02:14 sshd: Accepted password for root from 203.0.113.9\n"
                .getBytes(StandardCharsets.UTF_8);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(unit), FORM);
            fill(page, "Đăng nhập trái phép máy chủ");
            field(page, "Tệp chứng cứ").setInputFiles(new FilePayload("nhat-ky-sshd.log", "text/plain", log));
            assertThat(page.getByText("nhat-ky-sshd.log")).isVisible();
            send(page);
            assertThat(page.locator(".receipt .reference")).hasText(REFERENCE);
            assertThat(page.getByText("Đã tải lên 1/1 tệp.")).isVisible();
            Locator upload = page.locator("ul.uploads > li");
            assertThat(upload).containsText("nhat-ky-sshd.log");
            assertThat(upload).containsText("Đã tải lên");
            b.assertAccessible();

            String id = onlyIncidentOf(unit).getString("id");
            JsonPath files = Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + id + "/attachments").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(List.of("nhat-ky-sshd.log"), files.getList("items.filename"));
            assertEquals(log.length, files.getInt("items[0].size"));
        }
    }

    // --- helpers ---

    private static String newUnit() {
        String code = Fixtures.uniqueCode("XA");
        Api.as(Tokens.admin()).body(Units.unitBody(code)).post(Units.UNITS).then().statusCode(201);
        return code;
    }

    static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Title (may be empty), description and category, as a person types them. */
    private static void fill(Page page, String title) {
        field(page, "Tiêu đề").fill(title);
        field(page, "Mô tả").fill("Phát hiện khi kiểm tra máy chủ buổi sáng.");
        field(page, "Loại sự cố").selectOption("MALWARE");
    }

    private static void send(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo").setExact(true)).click();
    }

    private static String activeId(Page page) {
        return (String) page.evaluate("document.activeElement && document.activeElement.id");
    }

    private static void assertNoSidewaysScroll(Page page) {
        assertEquals(Boolean.TRUE, page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"),
                "no horizontal scroll at this width");
    }

    static List<Map<String, Object>> incidentsOf(String unit) {
        return Api.as(Tokens.coordinator()).queryParam("unitCode", unit).get("/api/v1/incidents").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static JsonPath onlyIncidentOf(String unit) {
        List<Map<String, Object>> filed = incidentsOf(unit);
        assertEquals(1, filed.size(), "one incident filed");
        return Api.as(Tokens.coordinator()).get("/api/v1/incidents/" + filed.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
    }
}
