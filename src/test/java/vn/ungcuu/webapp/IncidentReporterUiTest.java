package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;

/** The incident page as the commune's reporter sees it: its own incident, no internal notes, no staff actions. */
@QuarkusTest
class IncidentReporterUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theReporterSeesItsIncidentWithoutInternalNotesOrStaffActionsAndCanComment() {
        Reporter reporter = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(reporter.token());
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).body(Map.of("body", "Đã nhận, đang kiểm tra máy chủ")).post("/api/v1/incidents/" + incident + "/comments")
                .then().statusCode(201);
        Api.as(coordinator).body(Map.of("body", "Nghi do cán bộ xã dùng mật khẩu mặc định", "internal", true))
                .post("/api/v1/incidents/" + incident + "/comments").then().statusCode(201);

        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(reporter.token(), "/su-co/" + incident);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Máy chủ nhiễm mã độc");
            assertThat(page.locator(".incident-facts")).containsText("Mới tiếp nhận");
            assertThat(page.locator(".obligation[data-kind=REPORT_72H]")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thao tác"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải bản STIX"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đánh giá mức độ"))).hasCount(0);
            assertThat(page.locator(".incident-facts")).containsText("UBND xã " + reporter.unitCode());
            b.assertAccessible();
            for (String tab : List.of("Tổng quan", "Công việc", "Tệp", "Báo cáo chính thức", "Lịch sử", "Chuyển tỉnh")) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)).click();
                assertThat(page.locator("[role=tabpanel]:not([hidden]) h2")).hasText(tab);
                assertEquals(360, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                        "no horizontal scrolling at 360 px on " + tab);
            }
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lịch sử")).click();
            assertThat(page.locator("table.history")).containsText("Trao đổi");
            assertThat(page.locator("table.history")).not().containsText("Ghi chú nội bộ");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Trao đổi")).click();
            assertThat(page.locator(".comment")).hasCount(1);
            assertThat(page.locator(".comment")).containsText("Đã nhận, đang kiểm tra máy chủ");
            assertThat(page.getByText("Ghi chú nội bộ")).hasCount(0);
            assertThat(page.getByText("mật khẩu mặc định")).hasCount(0);
            assertThat(page.getByRole(AriaRole.RADIO)).hasCount(0);
            page.getByLabel("Nội dung").fill("Xã đã ngắt mạng máy chủ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã gửi trao đổi.");
            assertThat(page.locator(".comment")).hasCount(2);
            b.assertAccessible();
        }
        Api.as(coordinator).get("/api/v1/incidents/" + incident + "/comments").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("items[2].body", equalTo("Xã đã ngắt mạng máy chủ"))
                .body("items[2].internal", equalTo(false));
    }

    @Test
    void anotherUnitsReporterIsToldItIsNotFoundOrNotTheirsToSee() {
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(Fixtures.commune()), "/su-co/" + incident);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Không tìm thấy sự cố");
            assertThat(page.getByText("hoặc bạn không có quyền xem")).isVisible();
            assertThat(page.getByText("Máy chủ nhiễm mã độc")).hasCount(0);
            b.assertAccessible();
        }
    }
}
